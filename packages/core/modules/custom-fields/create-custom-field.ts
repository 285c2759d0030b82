import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { assertCan } from "../../platform/permissions";
import { recordAudit } from "../audit/record-audit";
import { listCustomFieldDefs } from "./custom-values";
import { type CreateCustomFieldData, keyFromLabel } from "./schemas";
import { customFieldDefinitions } from "./tables";

/** Defines a field from input parsed by `createCustomFieldSchema` (the operation `customFields.create`). */
export async function createCustomField(ctx: Ctx, data: CreateCustomFieldData) {
  assertCan(ctx, "org:update");
  const key = data.key ?? keyFromLabel(data.label);
  return withOrg(ctx, async (tx) => {
    const existing = await listCustomFieldDefs(tx, ctx, data.object);
    if (existing.some((d) => d.key === key)) {
      throw new AppError("conflict", "A field with this key exists", {
        fieldErrors: { key: ["Already used"] },
      });
    }
    const [row] = await tx
      .insert(customFieldDefinitions)
      .values({ ...data, key, id: newId(), orgId: ctx.orgId, position: existing.length })
      .returning();
    if (!row) throw new Error("insert returned no row");
    await recordAudit(tx, ctx, {
      action: "customField.create",
      entityType: "custom_field",
      entityId: row.id,
      after: row,
    });
    return row;
  });
}
