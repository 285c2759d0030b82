"use client";
import { useFormatter, useTranslations } from "next-intl";
import { dateTimeOptions } from "@/features/records/format";
import { fieldLabelKey } from "./history-fields";
import type { HistoryObject } from "./history-types";
import type { HistoryEntry } from "./load-history";
import { useHistoryValue } from "./use-history-value";

type Props = {
  entry: HistoryEntry;
  object: HistoryObject;
  names: Record<string, string>;
  fieldLabels: Record<string, string>;
  timeZone: string;
};

const ACTIONS = new Set([
  "create",
  "update",
  "delete",
  "restore",
  "purge",
  "share",
  "unshare",
  "convert",
  "complete",
  "stage_change",
]);

/** One entry: who did what when, and each changed field as before → after. */
export function HistoryEntryItem({ entry, object, names, fieldLabels, timeZone }: Props) {
  const t = useTranslations("history");
  const format = useFormatter();
  const showValue = useHistoryValue(object, names, timeZone);
  const verb = entry.action.split(".").at(-1) ?? "";
  const who = entry.actorName ?? t("someone");
  const sharedWith = entry.sharedUserId ? (names[entry.sharedUserId] ?? t("someone")) : "";
  const what = ACTIONS.has(verb)
    ? t(`actions.${verb}` as "actions.create", { name: sharedWith })
    : t("actions.other", { action: entry.action });
  const labelOf = (field: string) => {
    if (field.startsWith("custom.")) return fieldLabels[field] ?? field.slice("custom.".length);
    const key = `fields.${fieldLabelKey(object, field)}`;
    return t.has(key) ? t(key as "fields.name") : field;
  };
  return (
    <li className="grid gap-1 py-2.5 text-sm">
      <p className="min-w-0 break-words">
        <span className="font-medium">{who}</span> {what}
        {entry.viaApiKey ? <span className="text-muted-foreground"> ({t("viaApiKey")})</span> : null}
      </p>
      <time dateTime={new Date(entry.createdAt).toISOString()} className="text-muted-foreground text-xs">
        {format.dateTime(new Date(entry.createdAt), dateTimeOptions(timeZone))}
      </time>
      {entry.changes.length > 0 ? (
        <ul className="mt-1 grid gap-1 rounded-md bg-muted/50 px-2.5 py-2 text-xs">
          {entry.changes.map((change) => (
            <li key={change.field} className="min-w-0 break-words">
              <span className="font-medium">{labelOf(change.field)}</span>
              {": "}
              <span className="text-muted-foreground line-through decoration-muted-foreground/50">
                {showValue(change.field, change.before, change.currency)}
              </span>
              <span> → </span>
              <span>{showValue(change.field, change.after, change.currency)}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
