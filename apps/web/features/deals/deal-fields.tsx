"use client";
import { type UpdateDealInput, updateDealSchema } from "@crm/core/modules/deals/schemas";
import type { DealOutcome } from "@crm/core/modules/records/enums";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useCallback } from "react";
import { useCompanySearch } from "@/features/companies/use-company-search";
import { useContactSearch } from "@/features/contacts/use-contact-search";
import { formatMoney, toMajor, toMinor } from "@/features/records/format";
import { InlinePicker, InlineSelect, InlineText } from "@/features/records/inline-field";
import { InlineTags } from "@/features/records/inline-tags";
import type { MemberOption } from "@/features/records/member-option";
import type { PickerOption } from "@/features/records/record-picker";
import { useFieldSaver } from "@/features/records/use-field-saver";
import { DateOnly } from "./date-only";
import { updateDealAction } from "./deal-actions";
import type { PipelineChoice } from "./pipeline-choice";

type Props = {
  slug: string;
  deal: {
    id: string;
    value: number;
    currency: string;
    stageId: string;
    probability: number;
    expectedCloseDate: string | null;
    outcome: DealOutcome | null;
    lostReason: string | null;
    ownerId: string | null;
    tags: string[];
  };
  pipeline: PipelineChoice | undefined;
  company: PickerOption | null;
  contact: PickerOption | null;
  members: MemberOption[];
  canWrite: boolean;
  canAssign: boolean;
};

const nullIfEmpty = (value: string) => (value.trim() === "" ? null : value);

export function DealFields({ slug, deal, pipeline, company, contact, members, canWrite, canAssign }: Props) {
  const t = useTranslations("deals");
  const tr = useTranslations("records");
  const locale = useLocale();
  const searchCompanies = useCompanySearch(slug);
  const searchContacts = useContactSearch(slug);
  const send = useCallback(
    (input: UpdateDealInput) => updateDealAction(slug, deal.id, input),
    [slug, deal.id],
  );
  const save = useFieldSaver(updateDealSchema, send);

  return (
    <dl className="divide-y">
      <InlineSelect
        label={t("fields.stage")}
        value={deal.stageId}
        options={(pipeline?.stages ?? []).map((s) => ({ value: s.id, label: s.name }))}
        onSave={(v) => save("stageId", v)}
        canEdit={canWrite}
      />
      <InlineText
        label={t("valueIn", { currency: deal.currency })}
        value={String(toMajor(deal.value, deal.currency))}
        display={formatMoney(deal.value, deal.currency, locale)}
        type="number"
        inputMode="decimal"
        onSave={(v) => {
          const major = v.trim() === "" ? 0 : Number(v);
          if (!Number.isFinite(major) || major < 0) return Promise.resolve(t("invalidAmount"));
          return save("value", toMinor(major, deal.currency));
        }}
        canEdit={canWrite}
      />
      <InlineText
        label={t("fields.probability")}
        value={String(deal.probability)}
        display={`${deal.probability} %`}
        type="number"
        inputMode="numeric"
        onSave={(v) => save("probability", v.trim() === "" ? 0 : Number(v))}
        canEdit={canWrite}
      />
      <InlineText
        label={t("fields.expectedCloseDate")}
        value={deal.expectedCloseDate}
        display={deal.expectedCloseDate ? <DateOnly value={deal.expectedCloseDate} className="" /> : null}
        type="date"
        onSave={(v) => save("expectedCloseDate", nullIfEmpty(v))}
        canEdit={canWrite}
      />
      <InlinePicker
        label={t("fields.company")}
        value={company}
        display={
          company ? (
            <Link href={`/o/${slug}/companies/${company.id}`} className="text-primary hover:underline">
              {t("openRecord", { name: company.label })}
            </Link>
          ) : null
        }
        search={searchCompanies}
        onSave={(id) => save("companyId", id)}
        canEdit={canWrite}
        placeholder={t("chooseCompany")}
      />
      <InlinePicker
        label={t("fields.contact")}
        value={contact}
        display={
          contact ? (
            <Link href={`/o/${slug}/contacts/${contact.id}`} className="text-primary hover:underline">
              {t("openRecord", { name: contact.label })}
            </Link>
          ) : null
        }
        search={searchContacts}
        onSave={(id) => save("primaryContactId", id)}
        canEdit={canWrite}
        placeholder={t("chooseContact")}
      />
      <InlineSelect
        label={tr("owner")}
        value={deal.ownerId}
        options={members.map((m) => ({ value: m.userId, label: m.name }))}
        onSave={(v) => save("ownerId", v)}
        canEdit={canAssign}
        placeholder={tr("noOwner")}
      />
      {deal.outcome === "lost" ? (
        <InlineText
          label={t("lostReason")}
          value={deal.lostReason}
          onSave={(v) => save("lostReason", nullIfEmpty(v))}
          canEdit={canWrite}
        />
      ) : null}
      <InlineTags label={tr("tags")} tags={deal.tags} onSave={(v) => save("tags", v)} canEdit={canWrite} />
    </dl>
  );
}
