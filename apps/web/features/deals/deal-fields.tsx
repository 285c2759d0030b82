"use client";
import { updateDealSchema } from "@crm/core/modules/deals/schemas";
import type { DealOutcome } from "@crm/core/modules/records/enums";
import { useTranslations } from "next-intl";
import { useCompanySearch } from "@/features/companies/use-company-search";
import { useContactSearch } from "@/features/contacts/use-contact-search";
import { InlineSelect, InlineText } from "@/features/records/inline-field";
import {
  InlineMoney,
  InlineOwner,
  InlineRecordLink,
  InlineRecordTags,
  nullIfEmpty,
} from "@/features/records/inline-record-fields";
import type { MemberOption } from "@/features/records/member-option";
import type { PickerOption } from "@/features/records/record-picker";
import { useRecordFieldSaver } from "@/features/records/use-field-saver";
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

export function DealFields({ slug, deal, pipeline, company, contact, members, canWrite, canAssign }: Props) {
  const t = useTranslations("deals");
  const searchCompanies = useCompanySearch(slug);
  const searchContacts = useContactSearch(slug);
  const save = useRecordFieldSaver(updateDealSchema, updateDealAction, slug, deal.id);

  return (
    <dl className="divide-y">
      <InlineSelect
        label={t("fields.stage")}
        value={deal.stageId}
        options={(pipeline?.stages ?? []).map((s) => ({ value: s.id, label: s.name }))}
        onSave={(v) => save("stageId", v)}
        canEdit={canWrite}
      />
      <InlineMoney
        label={t("valueIn", { currency: deal.currency })}
        minor={deal.value}
        currency={deal.currency}
        onSave={(minor) => save("value", minor ?? 0)}
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
      <InlineRecordLink
        label={t("fields.company")}
        value={company}
        href={(id) => `/o/${slug}/companies/${id}`}
        linkText={(name) => t("openRecord", { name })}
        search={searchCompanies}
        onSave={(id) => save("companyId", id)}
        canEdit={canWrite}
        placeholder={t("chooseCompany")}
      />
      <InlineRecordLink
        label={t("fields.contact")}
        value={contact}
        href={(id) => `/o/${slug}/contacts/${id}`}
        linkText={(name) => t("openRecord", { name })}
        search={searchContacts}
        onSave={(id) => save("primaryContactId", id)}
        canEdit={canWrite}
        placeholder={t("chooseContact")}
      />
      <InlineOwner
        value={deal.ownerId}
        members={members}
        onSave={(v) => save("ownerId", v)}
        canEdit={canAssign}
      />
      {deal.outcome === "lost" ? (
        <InlineText
          label={t("lostReason")}
          value={deal.lostReason}
          onSave={(v) => save("lostReason", nullIfEmpty(v))}
          canEdit={canWrite}
        />
      ) : null}
      <InlineRecordTags tags={deal.tags} onSave={(v) => save("tags", v)} canEdit={canWrite} />
    </dl>
  );
}
