"use client";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { ownerOptions } from "@/features/forms/owner-field";
import { formatMoney, toMajor, toMinor } from "./format";
import { InlinePicker, InlineSelect, InlineText, type SaveField } from "./inline-field";
import { InlineTags } from "./inline-tags";
import type { MemberOption } from "./member-option";
import type { PickerOption } from "./record-picker";

// The fields every record's details card shows the same way: owner, tags, an amount, a linked record.

/** For optional text: an input left empty (or blank) saves null. */
export const nullIfEmpty = (value: string): string | null => (value.trim() === "" ? null : value);

/** The record's owner, chosen among the members by who may assign records. */
export function InlineOwner({
  value,
  members,
  onSave,
  canEdit,
}: {
  value: string | null;
  members: readonly MemberOption[];
  onSave: SaveField<string>;
  canEdit: boolean;
}) {
  const t = useTranslations("records");
  return (
    <InlineSelect
      label={t("owner")}
      value={value}
      options={ownerOptions(members)}
      onSave={onSave}
      canEdit={canEdit}
      placeholder={t("noOwner")}
    />
  );
}

/** The record's tags. */
export function InlineRecordTags(props: { tags: string[]; onSave: SaveField<string[]>; canEdit: boolean }) {
  const t = useTranslations("records");
  return <InlineTags label={t("tags")} {...props} />;
}

/** An amount in the record's currency, typed in major units; empty saves null. */
export function InlineMoney({
  label,
  minor,
  currency,
  onSave,
  canEdit,
}: {
  label: string;
  minor: number | null;
  currency: string;
  onSave: SaveField<number | null>;
  canEdit: boolean;
}) {
  const t = useTranslations("records");
  const locale = useLocale();
  return (
    <InlineText
      label={label}
      value={minor === null ? null : String(toMajor(minor, currency))}
      display={minor === null ? null : formatMoney(minor, currency, locale)}
      type="number"
      inputMode="decimal"
      onSave={(text) => {
        if (text.trim() === "") return onSave(null);
        const major = Number(text);
        if (!Number.isFinite(major) || major < 0) return Promise.resolve(t("invalidAmount"));
        return onSave(toMinor(major, currency));
      }}
      canEdit={canEdit}
    />
  );
}

/** A linked record (a company, a contact): chosen with a picker, shown as a link to its page. */
export function InlineRecordLink({
  label,
  value,
  href,
  linkText,
  search,
  onSave,
  canEdit,
  placeholder,
}: {
  label: string;
  value: PickerOption | null;
  /** The linked record's page. */
  href: (id: string) => string;
  linkText: (name: string) => string;
  search: (query: string) => Promise<PickerOption[] | null>;
  onSave: SaveField<string | null>;
  canEdit: boolean;
  placeholder: string;
}) {
  return (
    <InlinePicker
      label={label}
      value={value}
      display={
        value ? (
          <Link href={href(value.id)} className="text-primary hover:underline">
            {linkText(value.label)}
          </Link>
        ) : null
      }
      search={search}
      onSave={onSave}
      canEdit={canEdit}
      placeholder={placeholder}
    />
  );
}
