"use client";
import {
  EDITABLE_LEAD_STAGES,
  type UpdateLeadInput,
  updateLeadSchema,
} from "@crm/core/modules/leads/schemas";
import type { LeadStage } from "@crm/core/modules/records/enums";
import { useTranslations } from "next-intl";
import { useCallback } from "react";
import { enumLabel } from "@/features/labels/enum-labels";
import { InlineSelect, InlineText } from "@/features/records/inline-field";
import { InlineTags } from "@/features/records/inline-tags";
import type { MemberOption } from "@/features/records/member-option";
import { useFieldSaver } from "@/features/records/use-field-saver";
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

const nullIfEmpty = (value: string) => (value.trim() === "" ? null : value);

export function LeadFields({ slug, lead, members, canWrite, canAssign }: Props) {
  const t = useTranslations("leads");
  const tr = useTranslations("records");
  const te = useTranslations("enums");
  const send = useCallback(
    (input: UpdateLeadInput) => updateLeadAction(slug, lead.id, input),
    [slug, lead.id],
  );
  const save = useFieldSaver(updateLeadSchema, send);
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
      <InlineSelect
        label={tr("owner")}
        value={lead.ownerId}
        options={members.map((m) => ({ value: m.userId, label: m.name }))}
        onSave={(v) => save("ownerId", v)}
        canEdit={canAssign}
        placeholder={tr("noOwner")}
      />
      <InlineTags label={tr("tags")} tags={lead.tags} onSave={(v) => save("tags", v)} canEdit={canWrite} />
    </dl>
  );
}
