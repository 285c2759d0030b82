import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import { recordAudit } from "../audit/record-audit";
import { companies } from "../companies/tables";
import { contacts } from "../contacts/tables";
import { findVisibleRecord } from "../records/record-access";
import { entityTypeOf } from "../records/record-type-info";
import type { DismissDuplicateData } from "./schemas";
import { duplicateDismissals } from "./tables";

/** Remembers that two records are not duplicates: the pair no longer shows or warns. */
export async function dismissDuplicate(ctx: Ctx, { object, recordIds }: DismissDuplicateData): Promise<void> {
  assertCan(ctx, "records:write");
  const [recordA, recordB] = recordIds.map((id) => id.toLowerCase()).sort() as [string, string];
  const table = object === "contacts" ? contacts : companies;
  await withOrg(ctx, async (tx) => {
    await findVisibleRecord(tx, ctx, table, object, recordA);
    await findVisibleRecord(tx, ctx, table, object, recordB);
    await tx
      .insert(duplicateDismissals)
      .values({ orgId: ctx.orgId, object, recordA, recordB, dismissedBy: ctx.userId })
      .onConflictDoNothing();
    await recordAudit(tx, ctx, {
      action: `${entityTypeOf(object)}.duplicate_dismiss`,
      entityType: entityTypeOf(object),
      entityId: recordA,
      after: { recordA, recordB },
    });
  });
}
