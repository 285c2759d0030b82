import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import { findVisibleRecord } from "../records/record-access";
import { type Company, companies } from "./tables";

export async function getCompanyOrThrow(ctx: Ctx, id: string): Promise<Company> {
  assertCan(ctx, "records:read");
  return withOrg(ctx, (tx) => findVisibleRecord<Company>(tx, ctx, companies, "companies", id));
}
