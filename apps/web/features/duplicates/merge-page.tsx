import type { Address } from "@crm/core/modules/companies/tables";
import { contactName } from "@crm/core/modules/contacts/contact-name";
import { getMergePreview } from "@crm/core/modules/duplicates/get-merge";
import { DUPLICATE_OBJECTS } from "@crm/core/modules/duplicates/tables";
import { can } from "@crm/core/platform/permissions";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { type EnumFamily, enumLabel } from "@/features/labels/enum-labels";
import { findOrNotFound } from "@/features/records/find-or-not-found";
import { formatMoney } from "@/features/records/format";
import { loadMemberOptions } from "@/features/records/load-record-list";
import { RecordHeader } from "@/features/records/record-header";
import { requireOrgContext } from "@/lib/org-context";
import { type MergeField, MergeForm } from "./merge-form";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ object?: string | string[]; ids?: string | string[] }>;
};

const querySchema = z.object({
  object: z.enum(DUPLICATE_OBJECTS),
  ids: z
    .string()
    .transform((v) => v.split(","))
    .pipe(z.array(z.uuid()).min(2).max(10)),
});

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const ids = querySchema.safeParse(await searchParams).data?.ids ?? [];
  return { title: (await getTranslations("duplicates"))("merge.title", { count: ids.length }) };
}

/** The merge screen: a column per record, a radio per field; the server decides the defaults. */
export async function MergePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = querySchema.safeParse(await searchParams);
  if (!query.success) notFound();
  const { object, ids } = query.data;
  const { ctx } = await requireOrgContext(slug);
  if (!can(ctx, "records:write")) notFound();
  const preview = await findOrNotFound(ids[0] as string, () => getMergePreview(ctx, object, ids));
  const members = await loadMemberOptions(ctx);
  const [t, tFields, tEnums, locale] = await Promise.all([
    getTranslations("duplicates"),
    getTranslations("duplicates.fieldNames"),
    getTranslations("enums"),
    getLocale(),
  ]);
  // Fields that hold a value of a list: shown by its label, not as stored ("unqualified", "webinar").
  const families: Record<string, EnumFamily> = { leadStatus: "leadStatus", source: "source" };
  const memberNames = new Map(members.map((m) => [m.userId, m.name]));

  const display = (record: Record<string, unknown>, key: string): string | null => {
    const value = key.startsWith("custom.")
      ? (record.custom as Record<string, unknown> | null)?.[key.slice(7)]
      : record[key];
    if (value === null || value === undefined || value === "") return null;
    const family = families[key];
    if (family && typeof value === "string") return enumLabel(tEnums, family, value);
    if (key === "companyId") return preview.companyNames[String(value)] ?? String(value);
    if (key === "ownerId") return memberNames.get(String(value)) ?? String(value);
    if (key === "annualRevenue" && typeof value === "number") {
      return formatMoney(value, String(record.annualRevenueCurrency ?? "USD"), locale);
    }
    if (key === "address") {
      const parts = Object.values(value as Address).filter(Boolean);
      return parts.length ? parts.join(", ") : null;
    }
    if (typeof value === "boolean") return value ? t("merge.yes") : t("merge.no");
    if (Array.isArray(value)) return value.length ? value.join(", ") : null;
    return String(value);
  };
  const nameOf = (record: Record<string, unknown>) =>
    object === "contacts"
      ? contactName({ firstName: String(record.firstName ?? ""), lastName: String(record.lastName ?? "") })
      : String(record.name ?? "");

  const fields: MergeField[] = preview.fields.map((key) => ({
    key,
    label: key.startsWith("custom.") ? (preview.customLabels[key] ?? key.slice(7)) : tFields(key as "name"),
    values: Object.fromEntries(preview.records.map((r) => [r.id, display(r, key)])),
    prefer:
      key === "doNotContact" ? (preview.records.find((r) => r.doNotContact === true)?.id ?? null) : null,
  }));

  return (
    <>
      <RecordHeader
        backHref={`/o/${slug}/duplicates?object=${object}`}
        backLabel={t("merge.back")}
        title={t("merge.title", { count: ids.length })}
        subtitle={t("merge.description")}
      />
      <MergeForm
        slug={slug}
        object={object}
        records={preview.records.map((r) => ({ id: r.id, name: nameOf(r) }))}
        fields={fields}
      />
    </>
  );
}
