"use client";
import { updateContactSchema } from "@crm/core/modules/contacts/schemas";
import type { Phone } from "@crm/core/modules/contacts/tables";
import { LEAD_STATUSES, type LeadStatus } from "@crm/core/modules/records/enums";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Switch } from "@/components/ui/switch";
import { useCompanySearch } from "@/features/companies/use-company-search";
import { enumLabel } from "@/features/labels/enum-labels";
import { InlineSelect, InlineText } from "@/features/records/inline-field";
import {
  InlineOwner,
  InlineRecordLink,
  InlineRecordTags,
  nullIfEmpty,
} from "@/features/records/inline-record-fields";
import type { MemberOption } from "@/features/records/member-option";
import type { PickerOption } from "@/features/records/record-picker";
import { useRecordFieldSaver } from "@/features/records/use-field-saver";
import { updateContactAction } from "./contact-actions";
import { LeadStatusBadge } from "./lead-status-badge";

type Props = {
  slug: string;
  contact: {
    id: string;
    email: string | null;
    phones: Phone[];
    title: string | null;
    leadStatus: LeadStatus;
    leadScore: number;
    source: string | null;
    ownerId: string | null;
    tags: string[];
    doNotContact: boolean;
  };
  company: PickerOption | null;
  members: MemberOption[];
  canWrite: boolean;
  canAssign: boolean;
};

/** The contact's fields, each editable in place. */
export function ContactFields({ slug, contact, company, members, canWrite, canAssign }: Props) {
  const t = useTranslations("contacts");
  const te = useTranslations("enums");
  const searchCompanies = useCompanySearch(slug);
  const save = useRecordFieldSaver(updateContactSchema, updateContactAction, slug, contact.id);
  const phone = contact.phones[0];

  return (
    <dl className="divide-y">
      <InlineText
        label={t("fields.email")}
        value={contact.email}
        type="email"
        display={contact.email ? <span className="break-all">{contact.email}</span> : null}
        onSave={(v) => save("email", nullIfEmpty(v))}
        canEdit={canWrite}
      />
      <InlineText
        label={t("fields.phone")}
        value={phone?.number ?? null}
        type="tel"
        onSave={(v) =>
          save(
            "phones",
            v.trim()
              ? [{ label: phone?.label ?? "work", number: v }, ...contact.phones.slice(1)]
              : contact.phones.slice(1),
          )
        }
        canEdit={canWrite}
      />
      <InlineText
        label={t("fields.title")}
        value={contact.title}
        onSave={(v) => save("title", nullIfEmpty(v))}
        canEdit={canWrite}
      />
      <InlineRecordLink
        label={t("fields.company")}
        value={company}
        href={(id) => `/o/${slug}/companies/${id}`}
        linkText={(name) => t("openCompany", { name })}
        search={searchCompanies}
        onSave={(id) => save("companyId", id)}
        canEdit={canWrite}
        placeholder={t("chooseCompany")}
      />
      <InlineSelect
        label={t("fields.leadStatus")}
        value={contact.leadStatus}
        options={LEAD_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        display={<LeadStatusBadge status={contact.leadStatus} />}
        onSave={(v) => save("leadStatus", v)}
        canEdit={canWrite}
      />
      <InlineText
        label={t("fields.leadScore")}
        value={String(contact.leadScore)}
        type="number"
        inputMode="numeric"
        onSave={(v) => save("leadScore", v.trim() === "" ? 0 : Number(v))}
        canEdit={canWrite}
      />
      <InlineText
        label={t("fields.source")}
        value={contact.source}
        display={contact.source ? enumLabel(te, "source", contact.source) : undefined}
        onSave={(v) => save("source", nullIfEmpty(v))}
        canEdit={canWrite}
      />
      <InlineOwner
        value={contact.ownerId}
        members={members}
        onSave={(v) => save("ownerId", v)}
        canEdit={canAssign}
      />
      <InlineRecordTags tags={contact.tags} onSave={(v) => save("tags", v)} canEdit={canWrite} />
      <DoNotContact value={contact.doNotContact} canEdit={canWrite} onSave={(v) => save("doNotContact", v)} />
    </dl>
  );
}

function DoNotContact({
  value,
  canEdit,
  onSave,
}: {
  value: boolean;
  canEdit: boolean;
  onSave: (value: boolean) => Promise<string | null>;
}) {
  const t = useTranslations("contacts");
  const [checked, setChecked] = useState(value);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const change = async (next: boolean) => {
    setChecked(next);
    setSaving(true);
    const message = await onSave(next);
    setSaving(false);
    setError(message);
    if (message) setChecked(!next);
  };
  return (
    <div className="grid gap-1 py-2 sm:grid-cols-[8rem_minmax(0,1fr)] sm:items-center sm:gap-3">
      <dt id="contact-dnc-label" className="text-muted-foreground text-sm">
        {t("fields.doNotContact")}
      </dt>
      <dd className="flex min-h-9 items-center gap-2">
        <Switch
          checked={checked}
          onCheckedChange={change}
          disabled={!canEdit || saving}
          aria-labelledby="contact-dnc-label"
          aria-busy={saving || undefined}
        />
        <span className="text-sm">{checked ? t("doNotContactOn") : t("doNotContactOff")}</span>
        {error ? (
          <p role="alert" className="font-medium text-destructive text-sm">
            {error}
          </p>
        ) : null}
      </dd>
    </div>
  );
}
