import { and, eq, sql } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import { activities } from "../activities/tables";
import { recordAudit } from "../audit/record-audit";
import { companies } from "../companies/tables";
import { contacts } from "../contacts/tables";
import { deals } from "../deals/tables";
import { leads } from "../leads/tables";
import type { RecordObject } from "../records/enums";
import { tasks } from "../tasks/tables";
import { findCustomFieldOrThrow } from "./find-custom-field";
import { customFieldDefinitions } from "./tables";

const TABLES = { companies, contacts, leads, deals, activities, tasks } as const satisfies Record<
  RecordObject,
  unknown
>;

/**
 * Deletes the definition and its values from every record of that object (trash included) in one
 * transaction, so no record keeps a value that no definition explains. Returns how many records changed.
 */
export async function deleteCustomField(ctx: Ctx, id: string): Promise<number> {
  assertCan(ctx, "org:update");
  return withOrg(ctx, async (tx) => {
    const before = await findCustomFieldOrThrow(tx, ctx, id);
    const table = TABLES[before.object];
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
