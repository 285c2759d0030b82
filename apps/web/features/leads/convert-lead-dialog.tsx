"use client";
import { convertLeadSchema } from "@crm/core/modules/leads/schemas";
import { zodResolver } from "@hookform/resolvers/zod";
import { ArrowRightLeft } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Controller, type Path, useForm } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { FormField, fieldErrorProps } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Switch } from "@/components/ui/switch";
import { useCompanySearch } from "@/features/companies/use-company-search";
import { toMinor } from "@/features/records/format";
import { type PickerOption, RecordPicker } from "@/features/records/record-picker";
import { useActionError } from "@/features/records/use-action-error";
import { convertLeadAction } from "./lead-actions";

export type PipelineOption = {
  id: string;
  name: string;
  stages: { id: string; name: string; kind: "open" | "won" | "lost" }[];
};

const dealShape = convertLeadSchema.shape.deal.unwrap().shape;
const formSchema = z.object({
  companyId: z.uuid().nullable(),
  createDeal: z.boolean(),
  title: dealShape.title.unwrap(),
  value: z.string().refine((v) => v.trim() === "" || (Number.isFinite(Number(v)) && Number(v) >= 0), {
    params: { i18n: "invalid" },
  }),
  currency: z.string().max(3),
  pipelineId: z.string(),
  stageId: z.string(),
});
type FormValues = z.input<typeof formSchema>;

// The service's field names (and the schema's nested paths) → this form's fields.
const FIELD_OF: Record<string, Path<FormValues>> = {
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
  pipelines: PipelineOption[];
  defaultCurrency: string;
};

/** Turns the lead into a contact (and its company), optionally with a deal in a chosen stage. */
export function ConvertLeadDialog({ slug, lead, pipelines, defaultCurrency }: Props) {
  const t = useTranslations("leads");
  const tc = useTranslations("common");
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <ArrowRightLeft aria-hidden="true" />
          {t("convert")}
        </Button>
      </DialogTrigger>
      <DialogContent closeLabel={tc("close")} className="sm:max-w-xl">
        {open ? (
          <ConvertForm slug={slug} lead={lead} pipelines={pipelines} defaultCurrency={defaultCurrency} />
        ) : null}
      </DialogContent>
    </Dialog>
  );
}

function ConvertForm({ slug, lead, pipelines, defaultCurrency }: Props) {
  const t = useTranslations("leads");
  const tc = useTranslations("common");
  const router = useRouter();
  const actionError = useActionError();
  const searchCompanies = useCompanySearch(slug);
  const [company, setCompany] = useState<PickerOption | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const firstPipeline = pipelines[0];
  const firstOpen = (pipelineId: string) =>
    pipelines.find((p) => p.id === pipelineId)?.stages.find((s) => s.kind === "open")?.id ?? "";
  const form = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: {
      companyId: null,
      createDeal: true,
      title: "",
      value: "",
      currency: defaultCurrency,
      pipelineId: firstPipeline?.id ?? "",
      stageId: firstPipeline ? firstOpen(firstPipeline.id) : "",
    },
  });
  const { errors, isSubmitting } = form.formState;
  const companyHint = t("convertCompanyHint", { name: lead.companyName ?? "—" });
  const createDeal = form.watch("createDeal");
  const pipelineId = form.watch("pipelineId");
  const openStages =
    pipelines.find((p) => p.id === pipelineId)?.stages.filter((s) => s.kind === "open") ?? [];

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const currency = values.currency.trim().toUpperCase();
    const input = {
      companyId: values.companyId ?? undefined,
      createDeal: values.createDeal,
      deal: values.createDeal
        ? {
            title: values.title.trim() || undefined,
            value: values.value.trim()
              ? toMinor(Number(values.value), currency || defaultCurrency)
              : undefined,
            currency: currency || undefined,
            pipelineId: values.pipelineId || undefined,
            stageId: values.stageId || undefined,
          }
        : undefined,
    };
    const result = await convertLeadAction(slug, lead.id, input);
    if (!result.ok) {
      let shown = false;
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
        const target = FIELD_OF[field];
        if (target && messages[0]) {
          form.setError(target, { type: "server", message: messages[0] });
          shown = true;
        }
      }
      if (!shown) setFormError(actionError(result));
      return;
    }
    toast.success(t("converted", { name: lead.name }));
    const { dealId, contactId } = result.data;
    router.push(dealId ? `/o/${slug}/deals/${dealId}` : `/o/${slug}/contacts/${contactId}`);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <DialogHeader>
        <DialogTitle>{t("convertTitle", { name: lead.name })}</DialogTitle>
        <DialogDescription>{t("convertDescription")}</DialogDescription>
      </DialogHeader>
      <FormField
        id="convert-company"
        label={t("convertCompany")}
        error={errors.companyId?.message}
        hint={companyHint}
      >
        <Controller
          control={form.control}
          name="companyId"
          render={({ field }) => (
            <RecordPicker
              id="convert-company"
              value={company}
              onChange={(option) => {
                setCompany(option);
                field.onChange(option?.id ?? null);
              }}
              search={searchCompanies}
              placeholder={t("matchCompany")}
              {...fieldErrorProps("convert-company", errors.companyId?.message, companyHint)}
            />
          )}
        />
      </FormField>
      <div className="flex items-center gap-3">
        <Controller
          control={form.control}
          name="createDeal"
          render={({ field }) => (
            <Switch id="convert-createDeal" checked={field.value} onCheckedChange={field.onChange} />
          )}
        />
        <Label htmlFor="convert-createDeal">{t("createDeal")}</Label>
      </div>
      {createDeal ? (
        <fieldset className="grid gap-4 rounded-md border p-3 sm:grid-cols-2">
          <legend className="px-1 font-medium text-sm">{t("deal")}</legend>
          <FormField
            id="convert-title"
            label={t("dealTitle")}
            error={errors.title?.message}
            className="sm:col-span-2"
          >
            <Input
              id="convert-title"
              {...form.register("title")}
              placeholder={t("dealTitlePlaceholder", { name: lead.companyName || lead.name })}
              {...fieldErrorProps("convert-title", errors.title?.message)}
            />
          </FormField>
          <div className="grid grid-cols-[minmax(0,1fr)_5.5rem] gap-2 sm:col-span-2">
            <FormField id="convert-value" label={t("dealValue")} error={errors.value?.message}>
              <Input
                id="convert-value"
                type="number"
                inputMode="decimal"
                min={0}
                step="any"
                {...form.register("value")}
                {...fieldErrorProps("convert-value", errors.value?.message)}
              />
            </FormField>
            <FormField id="convert-currency" label={t("currency")} error={errors.currency?.message}>
              <Input
                id="convert-currency"
                maxLength={3}
                className="uppercase"
                {...form.register("currency")}
                {...fieldErrorProps("convert-currency", errors.currency?.message)}
              />
            </FormField>
          </div>
          <FormField id="convert-pipeline" label={t("pipeline")} error={errors.pipelineId?.message}>
            <Controller
              control={form.control}
              name="pipelineId"
              render={({ field }) => (
                <Select
                  value={field.value || undefined}
                  onValueChange={(next) => {
                    field.onChange(next);
                    form.setValue("stageId", firstOpen(next));
                  }}
                >
                  <SelectTrigger id="convert-pipeline">
                    <SelectValue />
                  </SelectTrigger>
                  <SelectContent>
                    {pipelines.map((p) => (
                      <SelectItem key={p.id} value={p.id}>
                        {p.name}
                      </SelectItem>
                    ))}
                  </SelectContent>
                </Select>
              )}
            />
          </FormField>
          <FormField id="convert-stage" label={t("stage")} error={errors.stageId?.message}>
            <Controller
              control={form.control}
              name="stageId"
              render={({ field }) => (
                <Select value={field.value || undefined} onValueChange={field.onChange}>
                  <SelectTrigger
                    id="convert-stage"
                    {...fieldErrorProps("convert-stage", errors.stageId?.message)}
                  >
                    <SelectValue />
                  </SelectTrigger>
                  <SelectContent>
                    {openStages.map((s) => (
                      <SelectItem key={s.id} value={s.id}>
                        {s.name}
                      </SelectItem>
                    ))}
                  </SelectContent>
                </Select>
              )}
            />
          </FormField>
        </fieldset>
      ) : null}
      <FormError message={formError} />
      <DialogFooter>
        <DialogClose asChild>
          <Button type="button" variant="outline">
            {tc("cancel")}
          </Button>
        </DialogClose>
        <Button type="submit" loading={isSubmitting}>
          {t("convert")}
        </Button>
      </DialogFooter>
    </form>
  );
}
