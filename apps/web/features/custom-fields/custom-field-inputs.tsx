"use client";
import { useTranslations } from "next-intl";
import { FormField } from "@/components/ui/form-field";
import { CustomFieldInput } from "./custom-field-input";
import type { CustomFieldForm } from "./use-custom-field-form";

/** The custom fields block of a record form (nothing when the org defined none). */
export function CustomFieldInputs({ form, idPrefix }: { form: CustomFieldForm; idPrefix: string }) {
  const t = useTranslations("customFields");
  if (form.defs.length === 0) return null;
  return (
    <fieldset className="grid gap-4 border-t pt-4">
      <legend className="float-left mb-1 font-medium text-sm">{t("section")}</legend>
      <div className="clear-both grid gap-4 sm:grid-cols-2">
        {form.defs.map((def) => {
          const id = `${idPrefix}-cf-${def.key}`;
          const error = form.errors[def.key];
          return (
            <FormField
              key={def.key}
              id={id}
              label={def.label}
              error={error}
              required={def.required}
              hint={def.type === "money" ? t("moneyHint") : undefined}
              className={def.type === "multiselect" || def.type === "text" ? "sm:col-span-2" : undefined}
            >
              <CustomFieldInput
                id={id}
                def={def}
                value={form.raw[def.key] ?? ""}
                onChange={(value) => form.set(def.key, value)}
                invalid={Boolean(error)}
                describedBy={error ? `${id}-error` : undefined}
              />
            </FormField>
          );
        })}
      </div>
    </fieldset>
  );
}
