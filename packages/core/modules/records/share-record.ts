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
import { entityTypeOf } from "./entity-type";
import type { RecordObject } from "./enums";
import { findWritableRecord } from "./record-access";
import { assertCanShareRecord } from "./share-policy";
import { recordShares } from "./shares-table";

export const SHAREABLE_TABLES = { companies, contacts, deals, leads, tasks, activities } as const;

/** Shares a record with a user of the org: the record's owner, managers and admins may. */
export async function shareRecord(ctx: Ctx, object: RecordObject, recordId: string, userId: string) {
  return withOrg(ctx, async (tx) => {
    const record = await findWritableRecord<{ ownerId: string | null }>(
      tx,
      ctx,
      SHAREABLE_TABLES[object],
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
