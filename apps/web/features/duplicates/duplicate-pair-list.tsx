"use client";
import type { DuplicatePair } from "@crm/core/modules/duplicates/list-duplicates";
import type { DuplicateObject } from "@crm/core/modules/duplicates/tables";
import { GitMerge, X } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Button, buttonVariants } from "@/components/ui/button";
import { useActionError } from "@/features/records/use-action-error";
import { dismissDuplicateAction } from "./duplicate-actions";
import { ReasonBadges, ScoreBadge } from "./reason-badges";

type Props = { slug: string; object: DuplicateObject; pairs: DuplicatePair[]; canWrite: boolean };

/** The pairs of one page: both records, score, reasons; dismiss or review each pair. */
export function DuplicatePairList({ slug, object, pairs, canWrite }: Props) {
  const t = useTranslations("duplicates");
  const router = useRouter();
  const actionError = useActionError();
  const [hidden, setHidden] = useState<Set<string>>(new Set());
  const [pending, setPending] = useState<string | null>(null);
  const keyOf = (pair: DuplicatePair) => `${pair.a.id}:${pair.b.id}`;

  async function dismiss(pair: DuplicatePair) {
    setPending(keyOf(pair));
    const result = await dismissDuplicateAction(slug, { object, recordIds: [pair.a.id, pair.b.id] });
    setPending(null);
    if (!result.ok) {
      toast.error(actionError(result));
      return;
    }
    setHidden((prev) => new Set(prev).add(keyOf(pair)));
    toast.success(t("dismissed"));
    router.refresh();
  }

  const visible = pairs.filter((pair) => !hidden.has(keyOf(pair)));
  return (
    <ul className="flex flex-col gap-3" data-testid="duplicate-pairs">
      {visible.map((pair) => (
        <li
          key={keyOf(pair)}
          className="flex flex-col gap-3 rounded-lg border bg-card p-4 lg:flex-row lg:items-center"
          aria-label={t("pairLabel", { a: pair.a.name, b: pair.b.name })}
          data-testid="duplicate-pair"
        >
          <div className="grid min-w-0 flex-1 gap-3 sm:grid-cols-2">
            {[pair.a, pair.b].map((record) => (
              <div key={record.id} className="min-w-0">
                <Link
                  href={`/o/${slug}/${object}/${record.id}`}
                  className="block truncate rounded-sm font-medium hover:underline focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
                >
                  {record.name || "—"}
                </Link>
                {record.detail ? (
                  <p className="truncate text-muted-foreground text-sm" title={record.detail}>
                    {record.detail}
                  </p>
                ) : null}
              </div>
            ))}
          </div>
          {/* Narrow and the same on every card, so the records get the rest of the row (issue 12.4). */}
          <div className="flex min-w-0 flex-col items-start gap-2 lg:w-48 lg:flex-none">
            <ScoreBadge score={pair.score} />
            <ReasonBadges reasons={pair.reasons} />
          </div>
          {canWrite ? (
            <div className="flex flex-wrap gap-2 lg:flex-none lg:flex-col lg:items-stretch">
              <Button
                variant="outline"
                size="sm"
                onClick={() => dismiss(pair)}
                loading={pending === keyOf(pair)}
                data-testid="dismiss-pair"
              >
                <X aria-hidden="true" />
                {t("dismiss")}
              </Button>
              <Link
                href={`/o/${slug}/duplicates/merge?object=${object}&ids=${pair.a.id},${pair.b.id}`}
                className={buttonVariants({ size: "sm" })}
                data-testid="review-pair"
              >
                <GitMerge aria-hidden="true" />
                {t("review")}
              </Link>
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
