import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import type { Ctx } from "../../platform/context";
import { AppError } from "../../platform/errors";
import "../../platform/validation";
import type { RecordObject } from "../records/enums";
import { type CustomFieldDefinition, customFieldDefinitions } from "./tables";
import { customValueSchema } from "./value-schema";

export function listCustomFieldDefs(
  tx: DbOrTx,
  ctx: Ctx,
  object: RecordObject,
): Promise<CustomFieldDefinition[]> {
  return tx
    .select()
    .from(customFieldDefinitions)
    .where(and(eq(customFieldDefinitions.orgId, ctx.orgId), eq(customFieldDefinitions.object, object)))
    .orderBy(asc(customFieldDefinitions.position), asc(customFieldDefinitions.label));
}

/**
 * Validates custom values against the org's definitions: unknown keys are refused, `null` clears a
 * value, required fields must be present on create. Errors name the field as `custom.<key>`.
 */
export function validateCustomValues(
  defs: CustomFieldDefinition[],
  input: Record<string, unknown> | undefined,
  options: { existing?: Record<string, unknown>; creating: boolean },
): Record<string, unknown> {
  const result: Record<string, unknown> = { ...(options.existing ?? {}) };
  const fieldErrors: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(input ?? {})) {
    const def = defs.find((d) => d.key === key);
    if (!def) {
      fieldErrors[`custom.${key}`] = ["Unknown custom field"];
      continue;
    }
    if (value === null || value === "") {
      delete result[key];
      continue;
    }
    const parsed = customValueSchema(def).safeParse(value);
    if (parsed.success) result[key] = parsed.data;
    else fieldErrors[`custom.${key}`] = [parsed.error.issues[0]?.message ?? "Invalid value"];
  }
  for (const def of defs) {
    if (
      def.required &&
      (result[def.key] === undefined || result[def.key] === null) &&
      (options.creating || input)
    ) {
      fieldErrors[`custom.${def.key}`] ??= ["Required"];
    }
  }
  if (Object.keys(fieldErrors).length > 0) {
    throw new AppError("unprocessable", "Invalid custom field values", { fieldErrors });
  }
  return result;
}
