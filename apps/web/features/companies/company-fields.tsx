"use client";
import { updateCompanySchema } from "@crm/core/modules/companies/schemas";
import { SIZE_BANDS, type SizeBand } from "@crm/core/modules/records/enums";
import { useTranslations } from "next-intl";
import { InlineSelect, InlineText } from "@/features/records/inline-field";
import {
  InlineMoney,
  InlineOwner,
  InlineRecordTags,
  nullIfEmpty,
} from "@/features/records/inline-record-fields";
import type { MemberOption } from "@/features/records/member-option";
import { useRecordFieldSaver } from "@/features/records/use-field-saver";
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

export function CompanyFields({ slug, company, defaultCurrency, members, canWrite, canAssign }: Props) {
  const t = useTranslations("companies");
  const save = useRecordFieldSaver(updateCompanySchema, updateCompanyAction, slug, company.id);
  const currency = company.annualRevenueCurrency ?? defaultCurrency;

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
      <InlineMoney
        label={t("revenueIn", { currency })}
        minor={company.annualRevenue}
        currency={currency}
        onSave={(minor) =>
          minor === null
            ? save("annualRevenue", null)
            : save("annualRevenue", minor, { annualRevenueCurrency: currency })
        }
        canEdit={canWrite}
      />
      <InlineText
        label={t("fields.phone")}
        value={company.phone}
        type="tel"
        onSave={(v) => save("phone", nullIfEmpty(v))}
        canEdit={canWrite}
      />
      <InlineOwner
        value={company.ownerId}
        members={members}
        onSave={(v) => save("ownerId", v)}
        canEdit={canAssign}
      />
      <InlineRecordTags tags={company.tags} onSave={(v) => save("tags", v)} canEdit={canWrite} />
    </dl>
  );
}
