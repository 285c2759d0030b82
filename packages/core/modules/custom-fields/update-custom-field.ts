import { eq } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { assertCan } from "../../platform/permissions";
import { recordAudit } from "../audit/record-audit";
import { findCustomFieldOrThrow } from "./find-custom-field";
import type { UpdateCustomFieldData } from "./schemas";
import { customFieldDefinitions } from "./tables";

/** Label, options, required and position change; key and type stay, so stored values keep their meaning. */
export async function updateCustomField(ctx: Ctx, id: string, data: UpdateCustomFieldData) {
  assertCan(ctx, "org:update");
  // An empty change would be an UPDATE without columns, which the database refuses.
  if (Object.values(data).every((value) => value === undefined)) {
    throw new AppError("unprocessable", "Nothing to change", {
      fieldErrors: { _: ["Send at least one of label, options, required, position"] },
    });
  }
  return withOrg(ctx, async (tx) => {
    const before = await findCustomFieldOrThrow(tx, ctx, id);
    const choice = before.type === "select" || before.type === "multiselect";
    if (choice && data.options?.length === 0) {
      throw new AppError("unprocessable", "A choice field needs options", {
        fieldErrors: { options: ["Required"] },
      });
    }
    const [after] = await tx
      .update(customFieldDefinitions)
      .set({ ...data, options: data.options ? [...new Set(data.options)] : undefined })
      .where(eq(customFieldDefinitions.id, id))
      .returning();
    if (!after) throw new Error("update returned no row");
    await recordAudit(tx, ctx, {
      action: "customField.update",
      entityType: "custom_field",
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
