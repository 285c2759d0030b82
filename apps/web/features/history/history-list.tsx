"use client";
import { History } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { useActionError } from "@/features/records/use-action-error";
import { loadMoreHistoryAction } from "./history-actions";
import { HistoryEntryItem } from "./history-entry";
import type { HistoryObject } from "./history-types";
import type { HistoryPage } from "./load-history";

type Props = { slug: string; object: HistoryObject; id: string; first: HistoryPage; timeZone: string };

/** A record's history, newest first; older entries load a page at a time. */
export function HistoryList({ slug, object, id, first, timeZone }: Props) {
  const t = useTranslations("history");
  const actionError = useActionError();
  const [pages, setPages] = useState<HistoryPage[]>([first]);
  const [pending, startTransition] = useTransition();
  // A new first page (after an edit refreshed the server component) starts the list again.
  const [seen, setSeen] = useState(first);
  if (seen !== first) {
    setSeen(first);
    setPages([first]);
  }
  const last = pages.at(-1);
  const names = Object.assign({}, ...pages.map((p) => p.names)) as Record<string, string>;
  const fieldLabels = Object.assign({}, ...pages.map((p) => p.fieldLabels)) as Record<string, string>;
  const entries = pages.flatMap((p) => p.data);

  const more = () => {
    const before = last?.nextCursor;
    if (!before) return;
    startTransition(async () => {
      const result = await loadMoreHistoryAction(slug, { object, id, before });
      if (result.ok) setPages((current) => [...current, result.data]);
      else toast.error(`${t("loadFailed")} ${actionError(result)}`);
    });
  };

  if (entries.length === 0) {
    return (
      <p className="flex items-center gap-2 py-2 text-muted-foreground text-sm">
        <History className="size-4" aria-hidden="true" />
        {t("empty")}
      </p>
    );
  }
  return (
    <div className="grid gap-2">
      <ol className="grid divide-y" aria-label={t("title")}>
        {entries.map((entry) => (
          <HistoryEntryItem
            key={entry.id}
            entry={entry}
            object={object}
            names={names}
            fieldLabels={fieldLabels}
            timeZone={timeZone}
          />
        ))}
      </ol>
      {last?.nextCursor ? (
        <Button variant="outline" size="sm" className="w-fit" onClick={more} disabled={pending}>
          {pending ? <Spinner /> : null}
          {t("showMore")}
        </Button>
      ) : null}
    </div>
  );
}
