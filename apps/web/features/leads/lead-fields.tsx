"use client";
import { EDITABLE_LEAD_STAGES, updateLeadSchema } from "@crm/core/modules/leads/schemas";
import type { LeadStage } from "@crm/core/modules/records/enums";
import { useTranslations } from "next-intl";
import { enumLabel } from "@/features/labels/enum-labels";
import { InlineSelect, InlineText } from "@/features/records/inline-field";
import { InlineOwner, InlineRecordTags, nullIfEmpty } from "@/features/records/inline-record-fields";
import type { MemberOption } from "@/features/records/member-option";
import { useRecordFieldSaver } from "@/features/records/use-field-saver";
import { updateLeadAction } from "./lead-actions";
import { LeadStatusBadge } from "./lead-status-badge";

type Props = {
  slug: string;
  lead: {
    id: string;
    email: string | null;
    phone: string | null;
    companyName: string | null;
    source: string | null;
    status: LeadStage;
    ownerId: string | null;
    tags: string[];
  };
  members: MemberOption[];
  canWrite: boolean;
  canAssign: boolean;
};

export function LeadFields({ slug, lead, members, canWrite, canAssign }: Props) {
  const t = useTranslations("leads");
  const te = useTranslations("enums");
  const save = useRecordFieldSaver(updateLeadSchema, updateLeadAction, slug, lead.id);
  // A converted lead is history: its stage is no longer set by hand.
  const converted = lead.status === "converted";
  return (
    <dl className="divide-y">
      <InlineText
        label={t("fields.email")}
        value={lead.email}
        type="email"
        onSave={(v) => save("email", nullIfEmpty(v))}
        canEdit={canWrite}
      />
      <InlineText
        label={t("fields.phone")}
        value={lead.phone}
        type="tel"
        onSave={(v) => save("phone", nullIfEmpty(v))}
        canEdit={canWrite}
      />
      <InlineText
        label={t("fields.companyName")}
        value={lead.companyName}
        onSave={(v) => save("companyName", nullIfEmpty(v))}
        canEdit={canWrite}
      />
      <InlineText
        label={t("fields.source")}
        value={lead.source}
        display={lead.source ? enumLabel(te, "source", lead.source) : undefined}
        onSave={(v) => save("source", nullIfEmpty(v))}
        canEdit={canWrite}
      />
      <InlineSelect
        label={t("fields.status")}
        value={lead.status}
        options={EDITABLE_LEAD_STAGES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        display={<LeadStatusBadge status={lead.status} />}
        onSave={(v) => save("status", v)}
        canEdit={canWrite && !converted}
      />
      <InlineOwner
        value={lead.ownerId}
        members={members}
        onSave={(v) => save("ownerId", v)}
        canEdit={canAssign}
      />
      <InlineRecordTags tags={lead.tags} onSave={(v) => save("tags", v)} canEdit={canWrite} />
    </dl>
  );
}
