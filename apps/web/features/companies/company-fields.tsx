"use client";
import { type UpdateCompanyInput, updateCompanySchema } from "@crm/core/modules/companies/schemas";
import { SIZE_BANDS, type SizeBand } from "@crm/core/modules/records/enums";
import { useLocale, useTranslations } from "next-intl";
import { useCallback } from "react";
import { formatMoney, toMajor, toMinor } from "@/features/records/format";
import { InlineSelect, InlineText } from "@/features/records/inline-field";
import { InlineTags } from "@/features/records/inline-tags";
import type { MemberOption } from "@/features/records/member-option";
import { useFieldSaver } from "@/features/records/use-field-saver";
import { updateCompanyAction } from "./company-actions";

type Props = {
  slug: string;
  company: {
    id: string;
    domain: string | null;
    website: string | null;
    industry: string | null;
    sizeBand: SizeBand | null;
    annualRevenue: number | null;
    annualRevenueCurrency: string | null;
    phone: string | null;
    ownerId: string | null;
    tags: string[];
  };
  defaultCurrency: string;
  members: MemberOption[];
  canWrite: boolean;
  canAssign: boolean;
};

const nullIfEmpty = (value: string) => (value.trim() === "" ? null : value);

export function CompanyFields({ slug, company, defaultCurrency, members, canWrite, canAssign }: Props) {
  const t = useTranslations("companies");
  const tr = useTranslations("records");
  const locale = useLocale();
  const send = useCallback(
    (input: UpdateCompanyInput) => updateCompanyAction(slug, company.id, input),
    [slug, company.id],
  );
  const save = useFieldSaver(updateCompanySchema, send);
  const currency = company.annualRevenueCurrency ?? defaultCurrency;
  const revenue = company.annualRevenue;

  return (
    <dl className="divide-y">
      <InlineText
        label={t("fields.domain")}
        value={company.domain}
        onSave={(v) => save("domain", v.trim())}
        canEdit={canWrite}
      />
      <InlineText
        label={t("fields.website")}
        value={company.website}
        type="url"
        display={
          company.website ? (
            <a
              href={company.website}
              target="_blank"
              rel="noopener noreferrer"
              className="break-all text-primary hover:underline"
            >
              {company.website.replace(/^https?:\/\//, "")}
            </a>
          ) : null
        }
        onSave={(v) => save("website", v.trim())}
        canEdit={canWrite}
      />
      <InlineText
        label={t("fields.industry")}
        value={company.industry}
        onSave={(v) => save("industry", nullIfEmpty(v))}
        canEdit={canWrite}
      />
      <InlineSelect
        label={t("fields.sizeBand")}
        value={company.sizeBand}
        options={SIZE_BANDS.map((band) => ({ value: band, label: t(`size.${band}`) }))}
        onSave={(v) => save("sizeBand", v)}
        canEdit={canWrite}
        placeholder={t("chooseSize")}
      />
      <InlineText
        label={t("revenueIn", { currency })}
        value={revenue === null ? null : String(toMajor(revenue, currency))}
        display={revenue === null ? null : formatMoney(revenue, currency, locale)}
        type="number"
        inputMode="decimal"
        onSave={(v) => {
          if (v.trim() === "") return save("annualRevenue", null);
          const major = Number(v);
          if (!Number.isFinite(major) || major < 0) return Promise.resolve(t("invalidAmount"));
          return save("annualRevenue", toMinor(major, currency), { annualRevenueCurrency: currency });
        }}
        canEdit={canWrite}
      />
      <InlineText
        label={t("fields.phone")}
        value={company.phone}
        type="tel"
        onSave={(v) => save("phone", nullIfEmpty(v))}
        canEdit={canWrite}
      />
      <InlineSelect
        label={tr("owner")}
        value={company.ownerId}
        options={members.map((m) => ({ value: m.userId, label: m.name }))}
        onSave={(v) => save("ownerId", v)}
        canEdit={canAssign}
        placeholder={tr("noOwner")}
      />
      <InlineTags label={tr("tags")} tags={company.tags} onSave={(v) => save("tags", v)} canEdit={canWrite} />
    </dl>
  );
}
