"use client";
import { createDealSchema } from "@crm/core/modules/deals/schemas";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { useCompanySearch } from "@/features/companies/use-company-search";
import { useContactSearch } from "@/features/contacts/use-contact-search";
import { CustomFieldInputs } from "@/features/custom-fields/custom-field-inputs";
import { useCustomFieldForm } from "@/features/custom-fields/use-custom-field-form";
import { type FieldMap, parseForForm } from "@/features/forms/field-errors";
import { DialogForm, FieldGrid } from "@/features/forms/form-dialog";
import { DateField, TextField } from "@/features/forms/form-fields";
import {
  amountText,
  amountTextSchema,
  amountToMinor,
  currencyCode,
  currencyTextSchema,
} from "@/features/forms/money";
import { MoneyField } from "@/features/forms/money-field";
import { firstOpenStage, PipelineStageFields } from "@/features/forms/pipeline-stage-fields";
import { RecordPickerField } from "@/features/forms/record-picker-field";
import { useRecordForm } from "@/features/forms/use-record-form";
import type { PickerOption } from "@/features/records/record-picker";
import { createDealAction, updateDealAction } from "./deal-actions";
import type { PipelineChoice } from "./pipeline-choice";

const formSchema = z.object({
  title: createDealSchema.shape.title,
  value: amountTextSchema,
  currency: currencyTextSchema,
  pipelineId: z.string(),
  stageId: z.string(),
  expectedCloseDate: z.string(),
  companyId: z.uuid().nullable(),
  primaryContactId: z.uuid().nullable(),
});
type FormValues = z.input<typeof formSchema>;

const FIELDS: FieldMap<FormValues> = [
  "title",
  "value",
  "currency",
  "pipelineId",
  "stageId",
  "expectedCloseDate",
  "companyId",
  "primaryContactId",
];

export type EditableDeal = {
  id: string;
  title: string;
  value: number;
  currency: string;
  expectedCloseDate: string | null;
  company: PickerOption | null;
  contact: PickerOption | null;
};

export type DealFormProps = {
  slug: string;
  pipelines: PipelineChoice[];
  defaultCurrency: string;
  deal?: EditableDeal;
  /** Preselected when adding from a board column or a company/contact page. */
  initial?: { pipelineId?: string; stageId?: string; company?: PickerOption; contact?: PickerOption };
};

/** A new deal in a pipeline's stage, or the title, value, date and links of one. */
export function DealForm({ slug, pipelines, defaultCurrency, deal, initial }: DealFormProps) {
  const t = useTranslations("deals");
  const searchCompanies = useCompanySearch(slug);
  const searchContacts = useContactSearch(slug);
  const custom = useCustomFieldForm(slug, "deals", { enabled: !deal });
  const company = deal?.company ?? initial?.company ?? null;
  const contact = deal?.contact ?? initial?.contact ?? null;
  const pipeline0 = initial?.pipelineId ?? pipelines.find((p) => p.isDefault)?.id ?? pipelines[0]?.id ?? "";
  const currency0 = deal?.currency ?? defaultCurrency;
  const form = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: {
      title: deal?.title ?? "",
      value: deal ? amountText(deal.value, currency0) : "",
      currency: currency0,
      pipelineId: pipeline0,
      stageId: initial?.stageId ?? firstOpenStage(pipelines, pipeline0),
      expectedCloseDate: deal?.expectedCloseDate ?? "",
      companyId: company?.id ?? null,
      primaryContactId: contact?.id ?? null,
    },
  });
  const { control } = form;
  const shell = useRecordForm({
    slug,
    object: "deals",
    recordId: deal?.id,
    setError: form.setError,
    fields: FIELDS,
    custom,
  });

  const onSubmit = form.handleSubmit(async (values) => {
    const code = currencyCode(values.currency);
    const base = {
      title: values.title,
      value: amountToMinor(values.value, code || defaultCurrency) ?? 0,
      currency: code,
      expectedCloseDate: values.expectedCloseDate || null,
      companyId: values.companyId,
      primaryContactId: values.primaryContactId,
    };
    const input = deal ? base : { ...base, pipelineId: values.pipelineId, stageId: values.stageId };
    if (!parseForForm(createDealSchema, input, form.setError, FIELDS)) return;
    await shell.save(input, { create: createDealAction, update: updateDealAction });
  });

  return (
    <DialogForm formState={form.formState} onSubmit={onSubmit} {...shell.texts}>
      <TextField
        control={control}
        name="title"
        label={t("fields.title")}
        autoComplete="off"
        required
        autoFocus
      />
      <FieldGrid>
        <MoneyField
          control={control}
          amountName="value"
          currencyName="currency"
          label={t("fields.value")}
          currencyLabel={t("fields.currency")}
          className="sm:col-span-2"
        />
        {deal ? null : (
          <PipelineStageFields
            control={control}
            pipelineName="pipelineId"
            stageName="stageId"
            pipelines={pipelines}
            labels={{ pipeline: t("fields.pipeline"), stage: t("fields.stage") }}
          />
        )}
        <DateField control={control} name="expectedCloseDate" label={t("fields.expectedCloseDate")} />
        <RecordPickerField
          control={control}
          name="companyId"
          label={t("fields.company")}
          initial={company}
          search={searchCompanies}
          placeholder={t("chooseCompany")}
        />
        <RecordPickerField
          control={control}
          name="primaryContactId"
          label={t("fields.contact")}
          initial={contact}
          search={searchContacts}
          placeholder={t("chooseContact")}
        />
      </FieldGrid>
      <CustomFieldInputs form={custom} idPrefix="deal" />
    </DialogForm>
  );
}
