"use client";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { dateTimeOptions, formatMoney } from "@/features/records/format";
import { DATE_TIME_FIELDS, enumPrefix, MONEY_FIELDS, referenceKindOf } from "./history-fields";
import type { HistoryObject } from "./history-types";

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A value as a person reads it: names instead of ids, translated states, money and dates formatted. */
export function useHistoryValue(object: HistoryObject, names: Record<string, string>, timeZone: string) {
  const t = useTranslations("history");
  const tAll = useTranslations();
  const format = useFormatter();
  const locale = useLocale();

  const one = (field: string, value: unknown, currency?: string): string => {
    if (value === null || value === undefined || value === "") return t("emptyValue");
    if (typeof value === "boolean") return value ? t("yes") : t("no");
    if (typeof value === "string" && referenceKindOf(field)) return names[value] ?? t("unknownRecord");
    const prefix = enumPrefix(object, field);
    if (typeof value === "string" && prefix && tAll.has(`${prefix}${value}`))
      return tAll(`${prefix}${value}`);
    if (typeof value === "number" && MONEY_FIELDS.has(field) && currency)
      return formatMoney(value, currency, locale);
    if (typeof value === "number" && field === "probability") return `${value} %`;
    if (typeof value === "string" && DATE_TIME_FIELDS.has(field)) {
      return format.dateTime(new Date(value), dateTimeOptions(timeZone));
    }
    if (typeof value === "string" && DATE_ONLY.test(value)) {
      return format.dateTime(new Date(`${value}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
    }
    if (Array.isArray(value)) {
      return value.length === 0 ? t("emptyValue") : value.map((v) => one(field, v, currency)).join(", ");
    }
    // Phones and other small objects: their values, e.g. "work: +49 30 1234".
    if (typeof value === "object") {
      return Object.values(value as Record<string, unknown>)
        .filter((v) => v !== null && v !== "")
        .join(": ");
    }
    return String(value);
  };
  return one;
}
