"use client";
import { createCompanySchema, updateCompanySchema } from "@crm/core/modules/companies/schemas";
import { SIZE_BANDS } from "@crm/core/modules/records/enums";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { CustomFieldInputs } from "@/features/custom-fields/custom-field-inputs";
import { useCustomFieldForm } from "@/features/custom-fields/use-custom-field-form";
import { findSimilarCompaniesAction } from "@/features/duplicates/duplicate-actions";
import { PossibleDuplicates, useDuplicateCheck } from "@/features/duplicates/possible-duplicates";
import { type FieldMap, parseForForm } from "@/features/forms/field-errors";
import { DialogForm, FieldGrid } from "@/features/forms/form-dialog";
import { SelectField, TextField } from "@/features/forms/form-fields";
import {
  amountText,
  amountTextSchema,
  amountToMinor,
  currencyCode,
  currencyTextSchema,
} from "@/features/forms/money";
import { MoneyField } from "@/features/forms/money-field";
import { useRecordForm } from "@/features/forms/use-record-form";
import { createCompanyAction, updateCompanyAction } from "./company-actions";

const shape = updateCompanySchema.shape;
// What the inputs hold (text); the core schema checks the record built from it before it is sent.
const formSchema = z
  .object({
    name: shape.name.unwrap(),
    domain: z.string().max(2000),
    website: z.string().max(2000),
    industry: z.string().max(100),
    sizeBand: shape.sizeBand,
    phone: z.string().max(40),
    revenue: amountTextSchema,
    currency: currencyTextSchema,
  })
  .superRefine((v, ctx) => {
    if (v.revenue.trim() && !v.currency.trim()) {
      ctx.addIssue({ code: "custom", path: ["currency"], params: { i18n: "required" } });
    }
  });
type FormValues = z.input<typeof formSchema>;

// Where the core schema's field names land in this form.
const FIELDS: FieldMap<FormValues> = {
  name: "name",
  domain: "domain",
  website: "website",
  industry: "industry",
  sizeBand: "sizeBand",
  phone: "phone",
  annualRevenue: "revenue",
  annualRevenueCurrency: "currency",
};

export type EditableCompany = {
  id: string;
  name: string;
  domain: string | null;
  website: string | null;
  industry: string | null;
  sizeBand: FormValues["sizeBand"];
  phone: string | null;
  annualRevenue: number | null;
  annualRevenueCurrency: string | null;
};

export type CompanyFormProps = { slug: string; defaultCurrency: string; company?: EditableCompany };

/** A new company, or the main details of one: the core schema, possible duplicates, custom fields. */
export function CompanyForm({ slug, defaultCurrency, company }: CompanyFormProps) {
  const t = useTranslations("companies");
  const tw = useTranslations("duplicates.warn");
  const custom = useCustomFieldForm(slug, "companies", { enabled: !company });
  const duplicates = useDuplicateCheck();
  const currency = company?.annualRevenueCurrency ?? defaultCurrency;
  const form = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: {
      name: company?.name ?? "",
      domain: company?.domain ?? "",
      website: company?.website ?? "",
      industry: company?.industry ?? "",
      sizeBand: company?.sizeBand ?? null,
      phone: company?.phone ?? "",
      revenue: amountText(company?.annualRevenue, currency),
      currency,
    },
  });
  const { control } = form;
  const shell = useRecordForm({
    slug,
    object: "companies",
    recordId: company?.id,
    setError: form.setError,
    fields: FIELDS,
    custom,
  });

  const onSubmit = form.handleSubmit(async (values) => {
    const code = currencyCode(values.currency);
    const revenue = amountToMinor(values.revenue, code || "USD");
    const input = {
      name: values.name,
      // Left out when empty on create, so the service derives it from the website.
      domain: values.domain.trim() || (company ? null : undefined),
      website: values.website.trim() || null,
      industry: values.industry.trim() || null,
      sizeBand: values.sizeBand ?? null,
      phone: values.phone.trim() || null,
      annualRevenue: revenue,
      annualRevenueCurrency: revenue === null ? null : code,
    };
    if (!parseForForm(createCompanySchema, input, form.setError, FIELDS)) return;
    const probe = {
      name: input.name,
      domain: input.domain ?? null,
      website: input.website,
      phone: input.phone,
    };
    if (!company && (await duplicates.shouldWarn(probe, () => findSimilarCompaniesAction(slug, probe))))
      return;
    await shell.save(input, { create: createCompanyAction, update: updateCompanyAction });
  });

  return (
    <DialogForm
      formState={form.formState}
      onSubmit={onSubmit}
      {...shell.texts}
      submitLabel={duplicates.matches.length > 0 ? tw("createAnyway") : shell.texts.submitLabel}
    >
      <TextField
        control={control}
        name="name"
        label={t("fields.name")}
        autoComplete="off"
        required
        autoFocus
      />
      <FieldGrid>
        <TextField
          control={control}
          name="domain"
          label={t("fields.domain")}
          placeholder="acme.com"
          autoComplete="off"
          spellCheck={false}
        />
        <TextField
          control={control}
          name="website"
          label={t("fields.website")}
          type="url"
          placeholder="https://acme.com"
          autoComplete="off"
        />
        <TextField control={control} name="industry" label={t("fields.industry")} autoComplete="off" />
        <SelectField
          control={control}
          name="sizeBand"
          label={t("fields.sizeBand")}
          placeholder={t("chooseSize")}
          options={SIZE_BANDS.map((band) => ({ value: band, label: t(`size.${band}`) }))}
        />
        <TextField control={control} name="phone" label={t("fields.phone")} type="tel" autoComplete="off" />
        <MoneyField
          control={control}
          amountName="revenue"
          currencyName="currency"
          label={t("fields.annualRevenue")}
          currencyLabel={t("fields.currency")}
        />
      </FieldGrid>
      <PossibleDuplicates slug={slug} object="companies" matches={duplicates.matches} />
      <CustomFieldInputs form={custom} idPrefix="company" />
    </DialogForm>
  );
}
