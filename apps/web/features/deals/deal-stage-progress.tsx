"use client";
import type { DealOutcome, StageKind } from "@crm/core/modules/records/enums";
import { Check } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { toast } from "sonner";
import { useActionError } from "@/features/records/use-action-error";
import { cn } from "@/lib/cn";
import { moveDealStageAction } from "./deal-actions";

type Stage = { id: string; name: string; kind: StageKind; probability: number };

type Props = {
  slug: string;
  dealId: string;
  stages: Stage[];
  stageId: string;
  outcome: DealOutcome | null;
  canWrite: boolean;
};

/**
 * Where the deal stands in its pipeline: the open stages in order, then the close (won, or lost
 * when it was lost). Stages passed are filled; a writer moves the deal by clicking an open stage.
 */
export function DealStageProgress({ slug, dealId, stages, stageId, outcome, canWrite }: Props) {
  const t = useTranslations("deals");
  const router = useRouter();
  const actionError = useActionError();
  const [pending, startTransition] = useTransition();
  const current = stages.find((s) => s.id === stageId);
  const closing = current && current.kind !== "open" ? current : stages.find((s) => s.kind === "won");
  const steps = [...stages.filter((s) => s.kind === "open"), ...(closing ? [closing] : [])];
  const reached = steps.findIndex((s) => s.id === stageId);
  const lost = current?.kind === "lost" || outcome === "lost";

  const move = (stage: Stage) =>
    startTransition(async () => {
      const result = await moveDealStageAction(slug, dealId, stage.id);
      if (!result.ok) {
        toast.error(actionError(result));
        return;
      }
      toast.success(t("movedToStage", { stage: stage.name }));
      router.refresh();
    });

  return (
    <nav aria-label={t("stageProgress")} className="mb-6">
      <ol className="flex gap-1">
        {steps.map((stage, index) => {
          const isCurrent = stage.id === stageId;
          const done = reached >= 0 && index <= reached;
          const movable = canWrite && !isCurrent && stage.kind === "open";
          const bar = cn(
            "h-2 w-full rounded-full transition-colors",
            done
              ? lost
                ? "bg-red-500/80 dark:bg-red-500/70"
                : stage.kind === "won"
                  ? "bg-emerald-500"
                  : "bg-primary"
              : "bg-muted",
            movable && "group-hover:bg-primary/50",
          );
          const label = (
            <>
              <span className={bar} aria-hidden="true" />
              <span
                className={cn(
                  // On a phone five names do not fit: the line under the bars names the current one.
                  "flex w-full min-w-0 items-center gap-1 text-xs max-sm:sr-only",
                  isCurrent ? "font-semibold text-foreground" : "text-muted-foreground",
                )}
              >
                {done && !isCurrent && !lost ? (
                  <Check className="size-3 shrink-0" aria-hidden="true" />
                ) : null}
                <span className="truncate">{stage.name}</span>
              </span>
            </>
          );
          return (
            <li
              key={stage.id}
              className="min-w-0 flex-1"
              aria-current={isCurrent ? "step" : undefined}
              title={`${stage.name} · ${stage.probability} %`}
            >
              {movable ? (
                <button
                  type="button"
                  disabled={pending}
                  onClick={() => move(stage)}
                  aria-label={t("moveToStage", { stage: stage.name })}
                  className="group grid w-full gap-1.5 rounded-sm text-left outline-none focus-visible:ring-2 focus-visible:ring-ring disabled:opacity-60"
                >
                  {label}
                </button>
              ) : (
                <div className="grid gap-1.5">{label}</div>
              )}
            </li>
          );
        })}
      </ol>
      {reached >= 0 ? (
        <p className="mt-1.5 text-xs sm:hidden" aria-hidden="true">
          <span className="font-semibold">{steps[reached]?.name}</span>{" "}
          <span className="text-muted-foreground">
            · {t("stepOf", { step: reached + 1, count: steps.length })}
          </span>
        </p>
      ) : null}
    </nav>
  );
}
