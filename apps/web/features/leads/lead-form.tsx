"use client";
import { createLeadSchema, EDITABLE_LEAD_STAGES } from "@crm/core/modules/leads/schemas";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { CustomFieldInputs } from "@/features/custom-fields/custom-field-inputs";
import { useCustomFieldForm } from "@/features/custom-fields/use-custom-field-form";
import type { FieldMap } from "@/features/forms/field-errors";
import { DialogForm, FieldGrid } from "@/features/forms/form-dialog";
import { emptyToNull, SelectField, TextField } from "@/features/forms/form-fields";
import { useRecordForm } from "@/features/forms/use-record-form";
import { createLeadAction, updateLeadAction } from "./lead-actions";

type FormInput = z.input<typeof createLeadSchema>;
const FIELDS: FieldMap<FormInput> = ["name", "email", "phone", "companyName", "source", "status"];

export type EditableLead = {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  companyName: string | null;
  source: string | null;
  /** Undefined for a converted lead: its stage is no longer edited. */
  status: FormInput["status"] | undefined;
};

export type LeadFormProps = { slug: string; lead?: EditableLead };

/** A new lead, or the details of one (a converted lead keeps its stage). */
export function LeadForm({ slug, lead }: LeadFormProps) {
  const t = useTranslations("leads");
  const custom = useCustomFieldForm(slug, "leads", { enabled: !lead });
  const converted = lead !== undefined && lead.status === undefined;
  const form = useForm<FormInput>({
    resolver: zodResolver(createLeadSchema),
    defaultValues: {
      name: lead?.name ?? "",
      email: lead?.email ?? null,
      phone: lead?.phone ?? null,
      companyName: lead?.companyName ?? null,
      source: lead?.source ?? null,
      status: lead?.status ?? "new",
    },
  });
  const { control } = form;
  const shell = useRecordForm({
    slug,
    object: "leads",
    recordId: lead?.id,
    setError: form.setError,
    fields: FIELDS,
    custom,
  });

  const onSubmit = form.handleSubmit(async (values) => {
    const { status, ...rest } = createLeadSchema.parse(values);
    const input = converted ? rest : { ...rest, status };
    await shell.save(input, { create: createLeadAction, update: updateLeadAction });
  });

  const optional = { control, autoComplete: "off", parse: emptyToNull } as const;
  return (
    <DialogForm formState={form.formState} onSubmit={onSubmit} {...shell.texts}>
      <TextField
        control={control}
        name="name"
        label={t("fields.name")}
        autoComplete="off"
        required
        autoFocus
      />
      <FieldGrid>
        <TextField {...optional} name="email" label={t("fields.email")} type="email" />
        <TextField {...optional} name="phone" label={t("fields.phone")} type="tel" />
        <TextField {...optional} name="companyName" label={t("fields.companyName")} />
        <TextField
          {...optional}
          name="source"
          label={t("fields.source")}
          placeholder={t("sourcePlaceholder")}
        />
        {converted ? null : (
          <SelectField
            control={control}
            name="status"
            label={t("fields.status")}
            options={EDITABLE_LEAD_STAGES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
          />
        )}
      </FieldGrid>
      <CustomFieldInputs form={custom} idPrefix="lead" />
    </DialogForm>
  );
}
