import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { activities } from "../activities/tables";
import { recordAudit } from "../audit/record-audit";
import { companies } from "../companies/tables";
import { contacts } from "../contacts/tables";
import { deals } from "../deals/tables";
import { leads } from "../leads/tables";
import { tasks } from "../tasks/tables";
import { assertReferences } from "./assert-references";
import type { RecordObject } from "./enums";
import { findWritableRecord } from "./record-access";
import { recordShares } from "./shares-table";

export const SHAREABLE_TABLES = { companies, contacts, deals, leads, tasks, activities } as const;

/** Shares a record with a user of the org; whoever may change the record may share it. */
export async function shareRecord(ctx: Ctx, object: RecordObject, recordId: string, userId: string) {
  return withOrg(ctx, async (tx) => {
    await findWritableRecord(tx, ctx, SHAREABLE_TABLES[object], object, recordId);
    await assertReferences(tx, ctx, { ownerId: userId });
    await tx
      .insert(recordShares)
      .values({ orgId: ctx.orgId, object, recordId, userId })
      .onConflictDoNothing();
    await recordAudit(tx, ctx, {
      action: "record.share",
      entityType: object.slice(0, -1),
      entityId: recordId,
      after: { userId },
    });
  });
}
