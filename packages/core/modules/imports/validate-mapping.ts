import { AppError } from "../../platform/errors";
import type { CustomFieldDefinition } from "../custom-fields/tables";
import { importFieldKeys } from "./import-fields";
import type { ImportMapping, ImportObject } from "./schemas";

/** Keeps only the file's columns; refuses a target that is no field of the object or mapped twice. */
export function validateMapping(
  mapping: ImportMapping,
  headers: string[],
  object: ImportObject,
  defs: CustomFieldDefinition[],
): ImportMapping {
  const allowed = new Set([...importFieldKeys(object), ...defs.map((d) => `custom.${d.key}`)]);
  const result: ImportMapping = {};
  const used = new Set<string>();
  const fieldErrors: Record<string, string[]> = {};
  for (const header of headers) {
    const target = mapping[header] ?? null;
    result[header] = target;
    if (target === null) continue;
    if (!allowed.has(target)) fieldErrors[`mapping.${header}`] = [`Unknown field "${target}"`];
    else if (used.has(target)) fieldErrors[`mapping.${header}`] = [`"${target}" is mapped twice`];
    used.add(target);
  }
  if (Object.keys(fieldErrors).length > 0)
    throw new AppError("unprocessable", "Invalid column mapping", { fieldErrors });
  return result;
}
