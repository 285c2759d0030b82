"use client";
import {
  createCustomFieldSchema,
  keyFromLabel,
  updateCustomFieldSchema,
} from "@crm/core/modules/custom-fields/schemas";
import type { CustomFieldDefinition } from "@crm/core/modules/custom-fields/tables";
import { FIELD_TYPES, type FieldType } from "@crm/core/modules/records/enums";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import { parseForForm } from "@/features/forms/field-errors";
import {
  DialogForm,
  EditIconButton,
  FieldGrid,
  FormDialog,
  NewButton,
  useFormDialog,
} from "@/features/forms/form-dialog";
import { SelectField, SwitchField, TextareaField, TextField } from "@/features/forms/form-fields";
import { useServerErrors } from "@/features/forms/use-server-errors";
import { createCustomFieldAction, updateCustomFieldAction } from "./custom-field-actions";
import type { CustomFieldObject } from "./custom-field-objects";

type Props = { slug: string; object: CustomFieldObject; field?: CustomFieldDefinition };
type Values = { label: string; key: string; type: FieldType; options: string; required: boolean };
const FIELDS = ["label", "key", "type", "options"] as const;

const isChoice = (type: FieldType) => type === "select" || type === "multiselect";
const toOptions = (text: string) =>
  text
    .split("\n")
    .map((o) => o.trim())
    .filter(Boolean);

/**
 * Defines a custom field or edits one. Key and type are fixed once created (stored values keep their
 * meaning); label, options and required change. The input is checked with the server's schemas.
 */
export function CustomFieldDialog(props: Props) {
  const t = useTranslations("customFields");
  const { field } = props;
  return (
    <FormDialog
      trigger={
        field ? (
          <EditIconButton label={t("editField", { label: field.label })} />
        ) : (
          <NewButton label={t("newField")} />
        )
      }
    >
      <CustomFieldForm {...props} />
    </FormDialog>
  );
}

function CustomFieldForm({ slug, object, field }: Props) {
  const t = useTranslations("customFields");
  const tc = useTranslations("common");
  const router = useRouter();
  const dialog = useFormDialog();
  const showServerErrors = useServerErrors();
  const form = useForm<Values>({
    defaultValues: {
      label: field?.label ?? "",
      key: field?.key ?? "",
      type: field?.type ?? "text",
      options: (field?.options ?? []).join("\n"),
      required: field?.required ?? false,
    },
  });
  const { control } = form;
  const [label, type] = useWatch({ control, name: ["label", "type"] });
  const fixed = field ? t("fixedHint") : undefined;

  const onSubmit = form.handleSubmit(async (values) => {
    const { required } = values;
    const options = toOptions(values.options);
    const input = field
      ? { label: values.label, required, ...(isChoice(field.type) ? { options } : {}) }
      : {
          object,
          label: values.label,
          key: values.key.trim() || undefined,
          type: values.type,
          options,
          required,
        };
    const schema = field ? updateCustomFieldSchema : createCustomFieldSchema;
    if (!parseForForm(schema, input, form.setError, FIELDS)) return;
    const result = field
      ? await updateCustomFieldAction(slug, field.id, input)
      : await createCustomFieldAction(slug, { ...input, object, type: values.type });
    if (!result.ok) return showServerErrors(form.setError, result, FIELDS);
    toast.success(field ? tc("saved") : t("created"));
    dialog?.close();
    router.refresh();
  });

  return (
    <DialogForm
      formState={form.formState}
      onSubmit={onSubmit}
      title={field ? t("editTitle") : t("newFieldFor", { object: t(`objects.${object}`) })}
      description={field ? t("editText") : t("newText")}
      submitLabel={field ? tc("save") : t("create")}
    >
      <TextField
        control={control}
        name="label"
        label={t("label")}
        autoFocus
        autoComplete="off"
        maxLength={60}
        required
      />
      <FieldGrid>
        <SelectField
          control={control}
          name="type"
          label={t("type")}
          hint={fixed}
          disabled={Boolean(field)}
          options={FIELD_TYPES.map((ft) => ({ value: ft, label: t(`types.${ft}`) }))}
        />
        <TextField
          control={control}
          name="key"
          label={t("key")}
          hint={fixed ?? t("keyHint")}
          placeholder={keyFromLabel(label || t("label"))}
          disabled={Boolean(field)}
          autoComplete="off"
          spellCheck={false}
          maxLength={40}
          inputClassName="font-mono"
        />
      </FieldGrid>
      {isChoice(type) ? (
        <TextareaField
          control={control}
          name="options"
          label={t("options")}
          hint={t("optionsHint")}
          rows={4}
          required
        />
      ) : null}
      <SwitchField control={control} name="required" label={t("required")} />
    </DialogForm>
  );
}
