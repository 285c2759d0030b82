import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import { findVisibleRecord } from "../records/record-access";
import { type Contact, contacts } from "./tables";

export async function getContactOrThrow(ctx: Ctx, id: string): Promise<Contact> {
  assertCan(ctx, "records:read");
  return withOrg(ctx, (tx) => findVisibleRecord<Contact>(tx, ctx, contacts, "contacts", id));
}
