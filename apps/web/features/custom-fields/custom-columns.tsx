"use client";
import type { ColumnDef as TanstackColumn } from "@tanstack/react-table";
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { MutedCell } from "@/features/records/cells";
import { type CustomDef, formatCustomValue } from "./custom-field-value";

/** Table cells for the custom field columns of a record list. */
export function useCustomColumns<T extends { custom: Record<string, unknown> }>(
  defs: readonly CustomDef[] | undefined,
): TanstackColumn<T>[] {
  const t = useTranslations("customFields");
  const locale = useLocale();
  return useMemo(
    () =>
      (defs ?? []).map((def) => ({
        id: `cf.${def.key}`,
        cell: ({ row }) => (
          <MutedCell>
            {formatCustomValue(def, row.original.custom[def.key], { yes: t("yes"), no: t("no") }, locale)}
          </MutedCell>
        ),
      })),
    [defs, t, locale],
  );
}
