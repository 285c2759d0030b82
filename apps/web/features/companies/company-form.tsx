"use client";
import { createCompanySchema, updateCompanySchema } from "@crm/core/modules/companies/schemas";
import { SIZE_BANDS } from "@crm/core/modules/records/enums";
import { zodResolver } from "@hookform/resolvers/zod";
import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type ReactNode, useState } from "react";
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
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { CustomFieldInputs } from "@/features/custom-fields/custom-field-inputs";
import { useCustomFieldForm } from "@/features/custom-fields/use-custom-field-form";
import { findSimilarCompaniesAction } from "@/features/duplicates/duplicate-actions";
import { PossibleDuplicates, useDuplicateCheck } from "@/features/duplicates/possible-duplicates";
import { toMajor, toMinor } from "@/features/records/format";
import { useActionError } from "@/features/records/use-action-error";
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
    revenue: z.string().refine((v) => v.trim() === "" || (Number.isFinite(Number(v)) && Number(v) >= 0), {
      params: { i18n: "invalid" },
    }),
    currency: z.string().max(3),
  })
  .superRefine((v, ctx) => {
    if (v.revenue.trim() && !v.currency.trim()) {
      ctx.addIssue({ code: "custom", path: ["currency"], params: { i18n: "required" } });
    }
  });
type FormValues = z.input<typeof formSchema>;

// Where the core schema's field names land in this form.
const FIELD_OF: Record<string, Path<FormValues>> = {
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

type Props = { slug: string; defaultCurrency: string; company?: EditableCompany; trigger?: ReactNode };

export function CompanyFormDialog({ slug, defaultCurrency, company, trigger }: Props) {
  const t = useTranslations("companies");
  const tc = useTranslations("common");
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        {trigger ?? (
          <Button>
            <Plus aria-hidden="true" />
            {t("new")}
          </Button>
        )}
      </DialogTrigger>
      <DialogContent closeLabel={tc("close")} className="sm:max-w-xl">
        {open ? (
          <CompanyForm
            slug={slug}
            defaultCurrency={defaultCurrency}
            company={company}
            onDone={() => setOpen(false)}
          />
        ) : null}
      </DialogContent>
    </Dialog>
  );
}

function CompanyForm({
  slug,
  defaultCurrency,
  company,
  onDone,
}: {
  slug: string;
  defaultCurrency: string;
  company?: EditableCompany;
  onDone: () => void;
}) {
  const t = useTranslations("companies");
  const tc = useTranslations("common");
  const router = useRouter();
  const actionError = useActionError();
  const [formError, setFormError] = useState<string | null>(null);
  const custom = useCustomFieldForm(slug, "companies", { enabled: !company });
  const duplicates = useDuplicateCheck();
  const tw = useTranslations("duplicates.warn");
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
      revenue:
        company?.annualRevenue !== null && company?.annualRevenue !== undefined
          ? String(toMajor(company.annualRevenue, currency))
          : "",
      currency,
    },
  });
  const { errors, isSubmitting } = form.formState;

  const showErrors = (fieldErrors: Record<string, string[] | undefined>): boolean => {
    let shown = false;
    for (const [field, messages] of Object.entries(fieldErrors)) {
      const target = FIELD_OF[field];
      if (target && messages?.[0]) {
        form.setError(target, { type: "validate", message: messages[0] });
        shown = true;
      }
    }
    return shown;
  };

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const code = values.currency.trim().toUpperCase();
    const input = {
      name: values.name,
      // Left out when empty on create, so the service derives it from the website.
      domain: values.domain.trim() || (company ? null : undefined),
      website: values.website.trim() || null,
      industry: values.industry.trim() || null,
      sizeBand: values.sizeBand ?? null,
      phone: values.phone.trim() || null,
      annualRevenue: values.revenue.trim() ? toMinor(Number(values.revenue), code || "USD") : null,
      annualRevenueCurrency: values.revenue.trim() ? code : null,
    };
    const checked = createCompanySchema.safeParse(input);
    if (!checked.success) {
      showErrors(z.flattenError(checked.error).fieldErrors);
      return;
    }
    const probe = {
      name: input.name,
      domain: input.domain ?? null,
      website: input.website,
      phone: input.phone,
    };
    if (!company && (await duplicates.shouldWarn(probe, () => findSimilarCompaniesAction(slug, probe))))
      return;
    const customValues = company ? {} : custom.collect();
    if (!customValues) return;
    const result = company
      ? await updateCompanyAction(slug, company.id, input)
      : await createCompanyAction(slug, { ...input, custom: customValues });
    if (!result.ok) {
      if (!company && custom.applyServerErrors(result.fieldErrors)) return;
      if (!showErrors(result.fieldErrors ?? {})) setFormError(actionError(result));
      return;
    }
    if (company) toast.success(tc("saved"));
    else {
      const id = result.data as string;
      toast.success(t("created"), {
        action: { label: t("open"), onClick: () => router.push(`/o/${slug}/companies/${id}`) },
      });
    }
    onDone();
    router.refresh();
  });

  const text = (name: Exclude<Path<FormValues>, "sizeBand">) => ({
    id: `company-${name}`,
    ...form.register(name),
    ...fieldErrorProps(`company-${name}`, errors[name]?.message),
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <DialogHeader>
        <DialogTitle>{company ? t("editTitle") : t("newTitle")}</DialogTitle>
        <DialogDescription>{company ? t("editDescription") : t("newDescription")}</DialogDescription>
      </DialogHeader>
      <FormField id="company-name" label={t("fields.name")} error={errors.name?.message} required>
        <Input {...text("name")} autoComplete="off" required autoFocus />
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="company-domain" label={t("fields.domain")} error={errors.domain?.message}>
          <Input {...text("domain")} placeholder="acme.com" autoComplete="off" spellCheck={false} />
        </FormField>
        <FormField id="company-website" label={t("fields.website")} error={errors.website?.message}>
          <Input {...text("website")} type="url" placeholder="https://acme.com" autoComplete="off" />
        </FormField>
        <FormField id="company-industry" label={t("fields.industry")} error={errors.industry?.message}>
          <Input {...text("industry")} autoComplete="off" />
        </FormField>
        <FormField id="company-sizeBand" label={t("fields.sizeBand")} error={errors.sizeBand?.message}>
          <Controller
            control={form.control}
            name="sizeBand"
            render={({ field }) => (
              <Select value={field.value ?? undefined} onValueChange={field.onChange}>
                <SelectTrigger id="company-sizeBand">
                  <SelectValue placeholder={t("chooseSize")} />
                </SelectTrigger>
                <SelectContent>
                  {SIZE_BANDS.map((band) => (
                    <SelectItem key={band} value={band}>
                      {t(`size.${band}`)}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            )}
          />
        </FormField>
        <FormField id="company-phone" label={t("fields.phone")} error={errors.phone?.message}>
          <Input {...text("phone")} type="tel" autoComplete="off" />
        </FormField>
        <div className="grid grid-cols-[minmax(0,1fr)_5.5rem] gap-2">
          <FormField id="company-revenue" label={t("fields.annualRevenue")} error={errors.revenue?.message}>
            <Input {...text("revenue")} type="number" inputMode="decimal" min={0} step="any" />
          </FormField>
          <FormField id="company-currency" label={t("fields.currency")} error={errors.currency?.message}>
            <Input {...text("currency")} maxLength={3} className="uppercase" autoComplete="off" />
          </FormField>
        </div>
      </div>
      {company ? null : <PossibleDuplicates slug={slug} object="companies" matches={duplicates.matches} />}
      {company ? null : <CustomFieldInputs form={custom} idPrefix="company" />}
      <FormError message={formError} />
      <DialogFooter>
        <DialogClose asChild>
          <Button type="button" variant="outline">
            {tc("cancel")}
          </Button>
        </DialogClose>
        <Button type="submit" loading={isSubmitting}>
          {company ? tc("save") : duplicates.matches.length > 0 ? tw("createAnyway") : t("create")}
        </Button>
      </DialogFooter>
    </form>
  );
}
