import { AppError } from "../../platform/errors";
import type { CustomFieldDefinition } from "../custom-fields/tables";
import { importFieldKeys } from "./import-fields";
import type { ImportMapping, ImportObject } from "./schemas";

/**
 * Keeps only the file's columns; refuses a target that is no field of the object or mapped twice.
 * Headers come from the file: a column named "constructor" or "__proto__" is looked up as an own key
 * only, never through the object's prototype.
 */
export function validateMapping(
  mapping: ImportMapping,
  headers: string[],
  object: ImportObject,
  defs: CustomFieldDefinition[],
): ImportMapping {
  const allowed = new Set([...importFieldKeys(object), ...defs.map((d) => `custom.${d.key}`)]);
  const result = new Map<string, string | null>();
  const used = new Set<string>();
  const fieldErrors = new Map<string, string[]>();
  for (const header of headers) {
    const target = (Object.hasOwn(mapping, header) ? mapping[header] : null) ?? null;
    result.set(header, target);
    if (target === null) continue;
    if (!allowed.has(target)) fieldErrors.set(`mapping.${header}`, [`Unknown field "${target}"`]);
    else if (used.has(target)) fieldErrors.set(`mapping.${header}`, [`"${target}" is mapped twice`]);
    used.add(target);
  }
  if (fieldErrors.size > 0)
    throw new AppError("unprocessable", "Invalid column mapping", {
      fieldErrors: Object.fromEntries(fieldErrors),
    });
  return Object.fromEntries(result);
}
