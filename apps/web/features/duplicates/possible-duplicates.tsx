"use client";
import type { SimilarRecord } from "@crm/core/modules/duplicates/find-similar";
import type { DuplicateObject } from "@crm/core/modules/duplicates/tables";
import { TriangleAlert } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ActionResult } from "@/lib/actions";
import { ReasonBadges } from "./reason-badges";

/**
 * Before creating a record: asks once for look-alikes of the values about to be saved. True means
 * "stop, show the warning"; the next submit with the same values creates anyway. A failed lookup
 * never blocks creating.
 */
export function useDuplicateCheck() {
  const [matches, setMatches] = useState<SimilarRecord[]>([]);
  const [warnedFor, setWarnedFor] = useState<string | null>(null);
  async function shouldWarn(values: unknown, find: () => Promise<ActionResult<SimilarRecord[]>>) {
    const key = JSON.stringify(values);
    if (warnedFor === key) return false;
    const result = await find();
    if (!result.ok || result.data.length === 0) {
      setMatches([]);
      return false;
    }
    setMatches(result.data);
    setWarnedFor(key);
    return true;
  }
  return { matches, shouldWarn };
}

/** "Possible duplicate: … Open it" above the create button. */
export function PossibleDuplicates({
  slug,
  object,
  matches,
}: {
  slug: string;
  object: DuplicateObject;
  matches: SimilarRecord[];
}) {
  const t = useTranslations("duplicates.warn");
  if (matches.length === 0) return null;
  return (
    <div
      role="alert"
      className="flex flex-col gap-2 rounded-md border border-amber-500/40 bg-amber-500/10 p-3 text-sm"
      data-testid="possible-duplicates"
    >
      <p className="flex items-center gap-2 font-medium">
        <TriangleAlert aria-hidden="true" className="size-4 text-amber-600 dark:text-amber-400" />
        {t("title")}
      </p>
      <p className="text-muted-foreground">{t("text", { count: matches.length })}</p>
      <ul className="flex flex-col gap-2">
        {matches.map((match) => (
          <li key={match.id} className="flex flex-col gap-1 sm:flex-row sm:items-start sm:justify-between">
            <div className="min-w-0">
              <p className="truncate font-medium">{match.name || "—"}</p>
              <ReasonBadges reasons={match.reasons} />
            </div>
            <Link
              href={`/o/${slug}/${object}/${match.id}`}
              className="shrink-0 rounded-sm text-primary underline-offset-4 hover:underline focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
            >
              {t("open")}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
