import { and, eq, sql } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import { recordAudit } from "../audit/record-audit";
import { RECORD_TABLES } from "../records/record-tables";
import { findCustomFieldOrThrow } from "./find-custom-field";
import { customFieldDefinitions } from "./tables";

/**
 * Deletes the definition and its values from every record of that object (trash included) in one
 * transaction, so no record keeps a value that no definition explains. Returns how many records changed.
 */
export async function deleteCustomField(ctx: Ctx, id: string): Promise<number> {
  assertCan(ctx, "org:update");
  return withOrg(ctx, async (tx) => {
    const before = await findCustomFieldOrThrow(tx, ctx, id);
    const table = RECORD_TABLES[before.object];
    const stripped = await tx
      .update(table)
      .set({ custom: sql`${table.custom} - ${before.key}::text` })
      .where(and(eq(table.orgId, ctx.orgId), sql`${table.custom} ? ${before.key}::text`))
      .returning({ id: table.id });
    await tx.delete(customFieldDefinitions).where(eq(customFieldDefinitions.id, id));
    await recordAudit(tx, ctx, {
      action: "customField.delete",
      entityType: "custom_field",
      entityId: id,
      before,
      after: { recordsChanged: stripped.length },
    });
    return stripped.length;
  });
}
