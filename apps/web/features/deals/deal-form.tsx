"use client";
import { createDealSchema } from "@crm/core/modules/deals/schemas";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Controller, type Path, useForm } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import {
  DialogClose,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { FormField, fieldErrorProps } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { useCompanySearch } from "@/features/companies/use-company-search";
import { useContactSearch } from "@/features/contacts/use-contact-search";
import { CustomFieldInputs } from "@/features/custom-fields/custom-field-inputs";
import { useCustomFieldForm } from "@/features/custom-fields/use-custom-field-form";
import { toMajor, toMinor } from "@/features/records/format";
import { type PickerOption, RecordPicker } from "@/features/records/record-picker";
import { setFieldErrors } from "@/features/records/set-field-errors";
import { useActionError } from "@/features/records/use-action-error";
import { createDealAction, updateDealAction } from "./deal-actions";
import type { DealFormProps as Props } from "./deal-form-dialog";

const formSchema = z.object({
  title: createDealSchema.shape.title,
  value: z.string().refine((v) => v.trim() === "" || (Number.isFinite(Number(v)) && Number(v) >= 0), {
    params: { i18n: "invalid" },
  }),
  currency: z.string().max(3),
  pipelineId: z.string(),
  stageId: z.string(),
  expectedCloseDate: z.string(),
  companyId: z.uuid().nullable(),
  primaryContactId: z.uuid().nullable(),
});
type FormValues = z.input<typeof formSchema>;

const FIELD_OF: Record<string, Path<FormValues>> = {
  title: "title",
  value: "value",
  currency: "currency",
  pipelineId: "pipelineId",
  stageId: "stageId",
  expectedCloseDate: "expectedCloseDate",
  companyId: "companyId",
  primaryContactId: "primaryContactId",
};

export function DealForm({
  slug,
  pipelines,
  defaultCurrency,
  deal,
  initial,
  onDone,
}: Props & { onDone: () => void }) {
  const t = useTranslations("deals");
  const tc = useTranslations("common");
  const router = useRouter();
  const actionError = useActionError();
  const searchCompanies = useCompanySearch(slug);
  const searchContacts = useContactSearch(slug);
  const [company, setCompany] = useState<PickerOption | null>(deal?.company ?? initial?.company ?? null);
  const [contact, setContact] = useState<PickerOption | null>(deal?.contact ?? initial?.contact ?? null);
  const [formError, setFormError] = useState<string | null>(null);
  const custom = useCustomFieldForm(slug, "deals", { enabled: !deal });
  const firstOpen = (pipelineId: string) =>
    pipelines.find((p) => p.id === pipelineId)?.stages.find((s) => s.kind === "open")?.id ?? "";
  const pipeline0 = initial?.pipelineId ?? pipelines.find((p) => p.isDefault)?.id ?? pipelines[0]?.id ?? "";
  const currency0 = deal?.currency ?? defaultCurrency;
  const form = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: {
      title: deal?.title ?? "",
      value: deal ? String(toMajor(deal.value, currency0)) : "",
      currency: currency0,
      pipelineId: pipeline0,
      stageId: initial?.stageId ?? firstOpen(pipeline0),
      expectedCloseDate: deal?.expectedCloseDate ?? "",
      companyId: company?.id ?? null,
      primaryContactId: contact?.id ?? null,
    },
  });
  const { errors, isSubmitting } = form.formState;
  const pipelineId = form.watch("pipelineId");
  const stages = pipelines.find((p) => p.id === pipelineId)?.stages ?? [];

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const code = values.currency.trim().toUpperCase();
    const base = {
      title: values.title,
      value: values.value.trim() ? toMinor(Number(values.value), code || defaultCurrency) : 0,
      currency: code,
      expectedCloseDate: values.expectedCloseDate || null,
      companyId: values.companyId,
      primaryContactId: values.primaryContactId,
    };
    const input = deal ? base : { ...base, pipelineId: values.pipelineId, stageId: values.stageId };
    const checked = createDealSchema.safeParse(input);
    if (!checked.success) {
      setFieldErrors(form.setError, z.flattenError(checked.error).fieldErrors, FIELD_OF);
      return;
    }
    const customValues = deal ? {} : custom.collect();
    if (!customValues) return;
    const result = deal
      ? await updateDealAction(slug, deal.id, input)
      : await createDealAction(slug, { ...input, custom: customValues });
    if (!result.ok) {
      if (!deal && custom.applyServerErrors(result.fieldErrors)) return;
      if (!setFieldErrors(form.setError, result.fieldErrors ?? {}, FIELD_OF))
        setFormError(actionError(result));
      return;
    }
    if (deal) toast.success(tc("saved"));
    else {
      const id = result.data as string;
      toast.success(t("created"), {
        action: { label: t("open"), onClick: () => router.push(`/o/${slug}/deals/${id}`) },
      });
    }
    onDone();
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <DialogHeader>
        <DialogTitle>{deal ? t("editTitle") : t("newTitle")}</DialogTitle>
        <DialogDescription>{deal ? t("editDescription") : t("newDescription")}</DialogDescription>
      </DialogHeader>
      <FormField id="deal-title" label={t("fields.title")} error={errors.title?.message} required>
        <Input
          id="deal-title"
          {...form.register("title")}
          autoComplete="off"
          required
          autoFocus
          {...fieldErrorProps("deal-title", errors.title?.message)}
        />
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="grid grid-cols-[minmax(0,1fr)_5.5rem] gap-2 sm:col-span-2">
          <FormField id="deal-value" label={t("fields.value")} error={errors.value?.message}>
            <Input
              id="deal-value"
              type="number"
              inputMode="decimal"
              min={0}
              step="any"
              {...form.register("value")}
              {...fieldErrorProps("deal-value", errors.value?.message)}
            />
          </FormField>
          <FormField id="deal-currency" label={t("fields.currency")} error={errors.currency?.message}>
            <Input
              id="deal-currency"
              maxLength={3}
              className="uppercase"
              autoComplete="off"
              {...form.register("currency")}
              {...fieldErrorProps("deal-currency", errors.currency?.message)}
            />
          </FormField>
        </div>
        {deal ? null : (
          <>
            <FormField id="deal-pipeline" label={t("fields.pipeline")} error={errors.pipelineId?.message}>
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
                    <SelectTrigger id="deal-pipeline">
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
            <FormField id="deal-stage" label={t("fields.stage")} error={errors.stageId?.message}>
              <Controller
                control={form.control}
                name="stageId"
                render={({ field }) => (
                  <Select value={field.value || undefined} onValueChange={field.onChange}>
                    <SelectTrigger
                      id="deal-stage"
                      {...fieldErrorProps("deal-stage", errors.stageId?.message)}
                    >
                      <SelectValue />
                    </SelectTrigger>
                    <SelectContent>
                      {stages.map((s) => (
                        <SelectItem key={s.id} value={s.id}>
                          {s.name}
                        </SelectItem>
                      ))}
                    </SelectContent>
                  </Select>
                )}
              />
            </FormField>
          </>
        )}
        <FormField
          id="deal-close"
          label={t("fields.expectedCloseDate")}
          error={errors.expectedCloseDate?.message}
        >
          <Input
            id="deal-close"
            type="date"
            {...form.register("expectedCloseDate")}
            {...fieldErrorProps("deal-close", errors.expectedCloseDate?.message)}
          />
        </FormField>
        <FormField id="deal-company" label={t("fields.company")} error={errors.companyId?.message}>
          <Controller
            control={form.control}
            name="companyId"
            render={({ field }) => (
              <RecordPicker
                id="deal-company"
                value={company}
                onChange={(option) => {
                  setCompany(option);
                  field.onChange(option?.id ?? null);
                }}
                search={searchCompanies}
                placeholder={t("chooseCompany")}
                {...fieldErrorProps("deal-company", errors.companyId?.message)}
              />
            )}
          />
        </FormField>
        <FormField id="deal-contact" label={t("fields.contact")} error={errors.primaryContactId?.message}>
          <Controller
            control={form.control}
            name="primaryContactId"
            render={({ field }) => (
              <RecordPicker
                id="deal-contact"
                value={contact}
                onChange={(option) => {
                  setContact(option);
                  field.onChange(option?.id ?? null);
                }}
                search={searchContacts}
                placeholder={t("chooseContact")}
                {...fieldErrorProps("deal-contact", errors.primaryContactId?.message)}
              />
            )}
          />
        </FormField>
      </div>
      {deal ? null : <CustomFieldInputs form={custom} idPrefix="deal" />}
      <FormError message={formError} />
      <DialogFooter>
        <DialogClose asChild>
          <Button type="button" variant="outline">
            {tc("cancel")}
          </Button>
        </DialogClose>
        <Button type="submit" loading={isSubmitting}>
          {deal ? tc("save") : t("create")}
        </Button>
      </DialogFooter>
    </form>
  );
}
