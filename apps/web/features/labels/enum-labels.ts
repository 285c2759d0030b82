import type enums from "@/messages/en/enums.json";

/** The value lists that have labels: one family each in the `enums` messages (en, de, …). */
export type EnumFamily = Exclude<keyof typeof enums, "auditAction">;

/** What `useTranslations("enums")` and `getTranslations("enums")` both return, as far as labels need. */
type Translator = {
  (key: string, values?: Record<string, string>): string;
  has(key: string): boolean;
};

/** "customField" → "custom_field": action prefixes are camelCase, entity types snake_case. */
const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const ENTITY_ALIASES: Record<string, string> = { org: "organization", companie: "company" };

/**
 * The label of a stored value in the reader's language. A value without a label (a source typed by
 * hand, a value newer than the messages) shows as stored rather than as a message key.
 */
export function enumLabel(t: Translator, family: EnumFamily, value: string | null | undefined): string {
  if (value === null || value === undefined || value === "") return "";
  const key = `${family}.${value}`;
  return t.has(key) ? t(key) : value;
}

/** "Deal moved to the trash" for `deal.delete`; shares name the shared record's type. */
export function auditActionLabel(t: Translator, action: string, entityType: string): string {
  const dot = action.lastIndexOf(".");
  if (dot < 0) return action;
  const prefix = action.slice(0, dot);
  const verb = action.slice(dot + 1);
  const entity = prefix === "record" ? entityType : snake(ENTITY_ALIASES[prefix] ?? prefix);
  if (!t.has(`auditVerb.${verb}`)) return action;
  return t("auditAction", { entity: auditEntityLabel(t, entity), verb: t(`auditVerb.${verb}`) });
}

/** The record type of an audit entry ("custom_field" → "Custom field"). */
export function auditEntityLabel(t: Translator, entityType: string): string {
  const entity = ENTITY_ALIASES[entityType] ?? entityType;
  return t.has(`auditEntity.${entity}`) ? t(`auditEntity.${entity}`) : entityType;
}
