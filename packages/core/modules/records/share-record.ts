import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { recordAudit } from "../audit/record-audit";
import { assertReferences } from "./assert-references";
import type { RecordObject } from "./enums";
import { findWritableRecord } from "./record-access";
import { RECORD_TABLES } from "./record-tables";
import { entityTypeOf } from "./record-type-info";
import { assertCanShareRecord } from "./share-policy";
import { recordShares } from "./shares-table";

/** Shares a record with a user of the org: the record's owner, managers and admins may. */
export async function shareRecord(ctx: Ctx, object: RecordObject, recordId: string, userId: string) {
  return withOrg(ctx, async (tx) => {
    const record = await findWritableRecord<{ ownerId: string | null }>(
      tx,
      ctx,
      RECORD_TABLES[object],
      object,
      recordId,
    );
    assertCanShareRecord(ctx, record.ownerId);
    await assertReferences(tx, ctx, { ownerId: userId });
    await tx
      .insert(recordShares)
      .values({ orgId: ctx.orgId, object, recordId, userId })
      .onConflictDoNothing();
    await recordAudit(tx, ctx, {
      action: "record.share",
      entityType: entityTypeOf(object),
      entityId: recordId,
      after: { userId },
    });
  });
}
