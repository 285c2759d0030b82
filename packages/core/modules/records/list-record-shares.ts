import { and, asc, eq } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import { users } from "../auth/tables";
import type { RecordObject } from "./enums";
import { findVisibleRecord } from "./record-access";
import { RECORD_TABLES } from "./record-tables";
import { recordShares } from "./shares-table";

/** Who a record is shared with, by name; whoever may see the record may see this (404 otherwise). */
export async function listRecordShares(ctx: Ctx, object: RecordObject, recordId: string) {
  assertCan(ctx, "records:read");
  return withOrg(ctx, async (tx) => {
    await findVisibleRecord(tx, ctx, RECORD_TABLES[object], object, recordId);
    return tx
      .select({
        userId: recordShares.userId,
        name: users.name,
        email: users.email,
        sharedAt: recordShares.createdAt,
      })
      .from(recordShares)
      .innerJoin(users, eq(users.id, recordShares.userId))
      .where(
        and(
          eq(recordShares.orgId, ctx.orgId),
          eq(recordShares.object, object),
          eq(recordShares.recordId, recordId),
        ),
      )
      .orderBy(asc(users.name), asc(recordShares.userId));
  });
}

export type RecordShare = Awaited<ReturnType<typeof listRecordShares>>[number];
