import { and, eq } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { recordAudit } from "../audit/record-audit";
import type { RecordObject } from "./enums";
import { findWritableRecord } from "./record-access";
import { SHAREABLE_TABLES } from "./share-record";
import { recordShares } from "./shares-table";

/** Takes a share back; whoever may change the record may unshare it. Unsharing twice is harmless. */
export async function unshareRecord(ctx: Ctx, object: RecordObject, recordId: string, userId: string) {
  return withOrg(ctx, async (tx) => {
    await findWritableRecord(tx, ctx, SHAREABLE_TABLES[object], object, recordId);
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
        entityType: object.slice(0, -1),
        entityId: recordId,
        before: { userId },
      });
    }
  });
}
