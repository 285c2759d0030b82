"use client";
import { convertLeadSchema } from "@crm/core/modules/leads/schemas";
import { zodResolver } from "@hookform/resolvers/zod";
import { ArrowRightLeft } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { useCompanySearch } from "@/features/companies/use-company-search";
import type { FieldMap } from "@/features/forms/field-errors";
import { DialogForm, FormDialog } from "@/features/forms/form-dialog";
import { SwitchField, TextField } from "@/features/forms/form-fields";
import { amountTextSchema, amountToMinor, currencyCode, currencyTextSchema } from "@/features/forms/money";
import { MoneyField } from "@/features/forms/money-field";
import {
  firstOpenStage,
  PipelineStageFields,
  type PipelineStages,
} from "@/features/forms/pipeline-stage-fields";
import { RecordPickerField } from "@/features/forms/record-picker-field";
import { useServerErrors } from "@/features/forms/use-server-errors";
import { convertLeadAction } from "./lead-actions";

const dealShape = convertLeadSchema.shape.deal.unwrap().shape;
const formSchema = z.object({
  companyId: z.uuid().nullable(),
  createDeal: z.boolean(),
  title: dealShape.title.unwrap(),
  value: amountTextSchema,
  currency: currencyTextSchema,
  pipelineId: z.string(),
  stageId: z.string(),
});
type FormValues = z.input<typeof formSchema>;

// The service's field names (and the schema's nested paths) → this form's fields.
const FIELDS: FieldMap<FormValues> = {
  companyId: "companyId",
  "deal.title": "title",
  "deal.value": "value",
  "deal.currency": "currency",
  "deal.pipelineId": "pipelineId",
  "deal.stageId": "stageId",
  pipelineId: "pipelineId",
  stageId: "stageId",
};

type Props = {
  slug: string;
  lead: { id: string; name: string; companyName: string | null };
  pipelines: PipelineStages[];
  defaultCurrency: string;
};

/** Turns the lead into a contact (and its company), optionally with a deal in a chosen stage. */
export function ConvertLeadDialog(props: Props) {
  const t = useTranslations("leads");
  return (
    <FormDialog
      wide
      trigger={
        <Button>
          <ArrowRightLeft aria-hidden="true" />
          {t("convert")}
        </Button>
      }
    >
      <ConvertForm {...props} />
    </FormDialog>
  );
}

function ConvertForm({ slug, lead, pipelines, defaultCurrency }: Props) {
  const t = useTranslations("leads");
  const router = useRouter();
  const showServerErrors = useServerErrors();
  const searchCompanies = useCompanySearch(slug);
  const firstPipeline = pipelines[0]?.id ?? "";
  const form = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: {
      companyId: null,
      createDeal: true,
      title: "",
      value: "",
      currency: defaultCurrency,
      pipelineId: firstPipeline,
      stageId: firstOpenStage(pipelines, firstPipeline),
    },
  });
  const { control } = form;
  const createDeal = useWatch({ control, name: "createDeal" });

  const onSubmit = form.handleSubmit(async (values) => {
    const currency = currencyCode(values.currency);
    const input = {
      companyId: values.companyId ?? undefined,
      createDeal: values.createDeal,
      deal: values.createDeal
        ? {
            title: values.title.trim() || undefined,
            value: amountToMinor(values.value, currency || defaultCurrency) ?? undefined,
            currency: currency || undefined,
            pipelineId: values.pipelineId || undefined,
            stageId: values.stageId || undefined,
          }
        : undefined,
    };
    const result = await convertLeadAction(slug, lead.id, input);
    if (!result.ok) return showServerErrors(form.setError, result, FIELDS);
    toast.success(t("converted", { name: lead.name }));
    const { dealId, contactId } = result.data;
    router.push(dealId ? `/o/${slug}/deals/${dealId}` : `/o/${slug}/contacts/${contactId}`);
  });

  return (
    <DialogForm
      formState={form.formState}
      onSubmit={onSubmit}
      title={t("convertTitle", { name: lead.name })}
      description={t("convertDescription")}
      submitLabel={t("convert")}
    >
      <RecordPickerField
        control={control}
        name="companyId"
        label={t("convertCompany")}
        hint={t("convertCompanyHint", { name: lead.companyName ?? "—" })}
        initial={null}
        search={searchCompanies}
        placeholder={t("matchCompany")}
      />
      <SwitchField control={control} name="createDeal" label={t("createDeal")} />
      {createDeal ? (
        <fieldset className="grid gap-4 rounded-md border p-3 sm:grid-cols-2">
          <legend className="px-1 font-medium text-sm">{t("deal")}</legend>
          <TextField
            control={control}
            name="title"
            label={t("dealTitle")}
            placeholder={t("dealTitlePlaceholder", { name: lead.companyName || lead.name })}
            className="sm:col-span-2"
          />
          <MoneyField
            control={control}
            amountName="value"
            currencyName="currency"
            label={t("dealValue")}
            currencyLabel={t("currency")}
            className="sm:col-span-2"
          />
          <PipelineStageFields
            control={control}
            pipelineName="pipelineId"
            stageName="stageId"
            pipelines={pipelines}
            labels={{ pipeline: t("pipeline"), stage: t("stage") }}
            openOnly
          />
        </fieldset>
      ) : null}
    </DialogForm>
  );
}
