"use client";
import { customValueSchema } from "@crm/core/modules/custom-fields/value-schema";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { type ReactNode, useId, useState } from "react";
import { Spinner } from "@/components/ui/spinner";
import { InlineSelect, InlineText } from "@/features/records/inline-field";
import { useActionError } from "@/features/records/use-action-error";
import { CustomFieldInput } from "./custom-field-input";
import type { CustomFieldObject } from "./custom-field-objects";
import { type CustomDef, formatCustomValue, fromRaw, type RawValue, toRaw } from "./custom-field-value";
import { updateCustomValuesAction } from "./custom-value-actions";

const NONE = "__none__";

type Props = {
  slug: string;
  object: CustomFieldObject;
  recordId: string;
  defs: CustomDef[];
  values: Record<string, unknown>;
  canWrite: boolean;
};

/** A record's custom fields on its detail page, each editable in place like the built-in fields. */
export function CustomFieldsInline({ slug, object, recordId, defs, values, canWrite }: Props) {
  const t = useTranslations("customFields");
  const tv = useTranslations("validation");
  const locale = useLocale();
  const router = useRouter();
  const actionError = useActionError();

  /** Checks with the server's schema, saves, and returns the field's error or null. */
  const save = async (def: CustomDef, raw: RawValue): Promise<string | null> => {
    const value = fromRaw(def, raw);
    if (value === null && def.required) return tv("required");
    if (value !== null) {
      const checked = customValueSchema(def).safeParse(value);
      if (!checked.success) return checked.error.issues[0]?.message ?? tv("invalid");
    }
    const result = await updateCustomValuesAction(slug, object, recordId, { [def.key]: value });
    if (!result.ok) return result.fieldErrors?.[`custom.${def.key}`]?.[0] ?? actionError(result);
    router.refresh();
    return null;
  };

  return (
    <dl className="divide-y">
      {defs.map((def) => {
        const value = values[def.key];
        const shown = formatCustomValue(def, value, { yes: t("yes"), no: t("no") }, locale);
        const raw = toRaw(def, value);
        if (def.type === "select") {
          return (
            <InlineSelect
              key={def.key}
              label={def.label}
              value={typeof raw === "string" && raw ? raw : NONE}
              options={[
                { value: NONE, label: t("none") },
                ...def.options.map((o) => ({ value: o, label: o })),
              ]}
              onSave={(next) => save(def, next === NONE ? "" : next)}
              canEdit={canWrite}
            />
          );
        }
        if (def.type === "checkbox" || def.type === "multiselect") {
          return (
            <ImmediateField
              key={def.key}
              def={def}
              value={raw}
              display={shown}
              canEdit={canWrite}
              onSave={(next) => save(def, next)}
            />
          );
        }
        return (
          <InlineText
            key={def.key}
            label={def.label}
            value={typeof raw === "string" && raw ? raw : null}
            display={shown ? <span className="break-words">{shown}</span> : null}
            type={def.type === "date" || def.type === "url" || def.type === "email" ? def.type : "text"}
            inputMode={def.type === "number" || def.type === "money" ? "decimal" : undefined}
            onSave={(next) => save(def, next)}
            canEdit={canWrite}
          />
        );
      })}
    </dl>
  );
}

/** Checkbox and multi-select: every change saves at once (rolled back with the error when refused). */
function ImmediateField({
  def,
  value,
  display,
  canEdit,
  onSave,
}: {
  def: CustomDef;
  value: RawValue;
  display: ReactNode;
  canEdit: boolean;
  onSave: (value: RawValue) => Promise<string | null>;
}) {
  const id = useId();
  const [current, setCurrent] = useState(value);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const change = async (next: RawValue) => {
    const previous = current;
    setCurrent(next);
    setSaving(true);
    const message = await onSave(next);
    setSaving(false);
    setError(message);
    if (message) setCurrent(previous);
  };
  return (
    <div className="grid gap-1 py-2 sm:grid-cols-[8rem_minmax(0,1fr)] sm:items-start sm:gap-3">
      <dt id={`${id}-label`} className="pt-2 text-muted-foreground text-sm">
        {def.label}
      </dt>
      <dd className="flex min-h-9 min-w-0 flex-col justify-center">
        {canEdit ? (
          <div className="flex items-center gap-2">
            <CustomFieldInput
              id={`${id}-input`}
              def={def}
              value={current}
              onChange={change}
              disabled={saving}
              invalid={Boolean(error)}
              labelledBy={`${id}-label`}
              describedBy={error ? `${id}-error` : undefined}
            />
            {saving ? <Spinner /> : null}
          </div>
        ) : (
          <span className="text-sm">{display ?? <span className="text-muted-foreground">—</span>}</span>
        )}
        {error ? (
          <p id={`${id}-error`} role="alert" className="mt-1 font-medium text-destructive text-sm">
            {error}
          </p>
        ) : null}
      </dd>
    </div>
  );
}
