import { and, eq } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { recordAudit } from "../audit/record-audit";
import type { RecordObject } from "./enums";
import { findWritableRecord } from "./record-access";
import { RECORD_TABLES } from "./record-tables";
import { entityTypeOf } from "./record-type-info";
import { assertCanShareRecord } from "./share-policy";
import { recordShares } from "./shares-table";

/** Takes a share back (owner, managers, admins, as for sharing). Unsharing twice is harmless. */
export async function unshareRecord(ctx: Ctx, object: RecordObject, recordId: string, userId: string) {
  return withOrg(ctx, async (tx) => {
    const record = await findWritableRecord<{ ownerId: string | null }>(
      tx,
      ctx,
      RECORD_TABLES[object],
      object,
      recordId,
    );
    assertCanShareRecord(ctx, record.ownerId);
    const removed = await tx
      .delete(recordShares)
      .where(
        and(
          eq(recordShares.orgId, ctx.orgId),
          eq(recordShares.object, object),
          eq(recordShares.recordId, recordId),
          eq(recordShares.userId, userId),
        ),
      )
      .returning({ userId: recordShares.userId });
    if (removed.length > 0) {
      await recordAudit(tx, ctx, {
        action: "record.unshare",
        entityType: entityTypeOf(object),
        entityId: recordId,
        before: { userId },
      });
    }
  });
}
