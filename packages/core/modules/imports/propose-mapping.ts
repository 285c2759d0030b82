import { IMPORT_FIELDS } from "./import-fields";
import type { ImportMapping, ImportObject } from "./schemas";

// Pipedrive prefixes each column with its object ("Person - Email", "Organization - Name").
const PREFIX_OBJECT: Record<string, ImportObject> = {
  person: "contacts",
  organization: "companies",
  deal: "deals",
  lead: "leads",
};

/** "Person - E-Mail (Work)" → "personemailwork"; accents dropped. */
export function normalizeHeader(header: string): string {
  return header
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]/g, "");
}

/**
 * Candidate names of a header for `object`: the header itself, and for a Pipedrive "<Object> - <field>"
 * header the field alone (own object) or the object plus the field ("organizationname" in a contact file).
 */
function candidates(header: string, object: ImportObject): string[] {
  const match = /^\s*(person|organization|deal|lead)\s+-\s+(.+)$/i.exec(header);
  if (!match?.[1] || !match[2]) return [normalizeHeader(header)];
  const prefix = match[1].toLowerCase();
  const rest = normalizeHeader(match[2]);
  return PREFIX_OBJECT[prefix] === object ? [rest] : [`${prefix}${rest}`];
}

export type CustomFieldRef = { key: string; label: string };

/**
 * Proposes a target for each column: the standard fields by their known header names, then the
 * org's custom fields by label or key. Each target is proposed once (the first column wins).
 */
export function proposeMapping(
  headers: string[],
  object: ImportObject,
  customFields: CustomFieldRef[] = [],
): ImportMapping {
  const mapping = new Map<string, string | null>();
  const used = new Set<string>();
  const fields = IMPORT_FIELDS[object];
  for (const header of headers) {
    mapping.set(header, null);
    const names = candidates(header, object);
    const field = fields.find((f) => !used.has(f.key) && names.some((n) => f.aliases.includes(n)));
    const custom = field
      ? undefined
      : customFields.find(
          (c) =>
            !used.has(`custom.${c.key}`) &&
            names.some((n) => n === normalizeHeader(c.label) || n === normalizeHeader(c.key)),
        );
    const target = field?.key ?? (custom ? `custom.${custom.key}` : undefined);
    if (target) {
      mapping.set(header, target);
      used.add(target);
    }
  }
  // Built as a Map: a header named "__proto__" stays a key of its own.
  return Object.fromEntries(mapping);
}
