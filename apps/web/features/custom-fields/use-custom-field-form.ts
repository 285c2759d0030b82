"use client";
import { customValueSchema } from "@crm/core/modules/custom-fields/value-schema";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import type { FieldErrorsByName } from "@/features/forms/field-errors";
import type { CustomFieldObject } from "./custom-field-objects";
import { type CustomDef, fromRaw, type RawValue, toRaw } from "./custom-field-value";
import { listCustomFieldsAction } from "./custom-value-actions";

export type CustomFieldForm = ReturnType<typeof useCustomFieldForm>;

/**
 * The custom fields of a record form: loads the definitions when the form opens, holds the inputs,
 * checks them with the server's value schemas and takes the server's `custom.<key>` errors.
 */
export function useCustomFieldForm(
  slug: string,
  object: CustomFieldObject,
  options: { enabled?: boolean; initial?: Record<string, unknown> } = {},
) {
  const { enabled = true, initial } = options;
  const tv = useTranslations("validation");
  const [defs, setDefs] = useState<CustomDef[]>([]);
  const [raw, setRaw] = useState<Record<string, RawValue>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  // The initial values matter only when the form opens.
  const initialRef = useRef(initial);

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    void listCustomFieldsAction(slug, object).then((result) => {
      if (!live || !result.ok) return;
      setDefs(result.data);
      setRaw(Object.fromEntries(result.data.map((d) => [d.key, toRaw(d, initialRef.current?.[d.key])])));
    });
    return () => {
      live = false;
    };
  }, [slug, object, enabled]);

  const set = useCallback((key: string, value: RawValue) => {
    setRaw((current) => ({ ...current, [key]: value }));
    setErrors(({ [key]: _, ...rest }) => rest);
  }, []);

  /** The values to send, or null after putting errors at the fields. */
  const collect = useCallback((): Record<string, unknown> | null => {
    const values: Record<string, unknown> = {};
    const found: Record<string, string> = {};
    const before = initialRef.current ?? {};
    for (const def of defs) {
      const value = fromRaw(def, raw[def.key]);
      // An untouched checkbox stores nothing rather than false.
      if (def.type === "checkbox" && value === false && before[def.key] === undefined) continue;
      if (value === null) {
        if (def.required) found[def.key] = tv("required");
        else if (before[def.key] !== undefined) values[def.key] = null;
        continue;
      }
      const parsed = customValueSchema(def).safeParse(value);
      if (parsed.success) values[def.key] = parsed.data;
      else found[def.key] = parsed.error.issues[0]?.message ?? tv("invalid");
    }
    setErrors(found);
    return Object.keys(found).length > 0 ? null : values;
  }, [defs, raw, tv]);

  /** Puts the server's `custom.<key>` errors at their fields; true when any matched. */
  const applyServerErrors = useCallback((fieldErrors: FieldErrorsByName | undefined): boolean => {
    const found: Record<string, string> = {};
    for (const [field, messages] of Object.entries(fieldErrors ?? {})) {
      const message = messages?.[0];
      if (field.startsWith("custom.") && message) found[field.slice(7)] = message;
    }
    setErrors(found);
    return Object.keys(found).length > 0;
  }, []);

  return { defs, raw, errors, set, collect, applyServerErrors };
}
