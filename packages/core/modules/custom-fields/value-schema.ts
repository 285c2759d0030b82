import { z } from "zod";
import { isoDate, text } from "../../platform/validation";
import type { CustomFieldDefinition } from "./tables";

// No database imports: record forms in the browser check values with the same schema as the server.

/** The zod schema of one custom field's value, from its definition. */
export function customValueSchema(def: Pick<CustomFieldDefinition, "type" | "options">): z.ZodType {
  switch (def.type) {
    case "number":
      return z.number().finite();
    case "money":
      return z.number().int();
    case "date":
      return isoDate();
    case "checkbox":
      return z.boolean();
    case "url":
      return z.url();
    case "email":
      return z.email();
    case "select":
      return z.enum(def.options as [string, ...string[]]);
    case "multiselect":
      return z.array(z.enum(def.options as [string, ...string[]]));
    default:
      return text().max(10_000);
  }
}
