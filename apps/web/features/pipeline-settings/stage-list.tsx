"use client";
import type { Stage } from "@crm/core/modules/deals/tables";
import { ArrowDown, ArrowUp } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { useActionError } from "@/features/records/use-action-error";
import { DeleteStageDialog } from "./delete-stage-dialog";
import { reorderStagesAction } from "./pipeline-settings-actions";
import { StageFormDialog } from "./stage-form-dialog";

type Props = { slug: string; pipelineId: string; stages: Stage[]; canManage: boolean };

const KIND_VARIANT = { open: "secondary", won: "default", lost: "muted" } as const;

/** The pipeline's stages in order; up/down buttons reorder them (optimistic, rolled back on error). */
export function StageList({ slug, pipelineId, stages, canManage }: Props) {
  const t = useTranslations("pipelineSettings");
  const router = useRouter();
  const actionError = useActionError();
  const [order, setOrder] = useState(stages);
  const [announcement, setAnnouncement] = useState("");
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const refocus = useRef<string | null>(null);
  useEffect(() => setOrder(stages), [stages]);
  useEffect(() => {
    if (!refocus.current) return;
    buttons.current.get(refocus.current)?.focus();
    refocus.current = null;
  });

  async function move(index: number, delta: -1 | 1) {
    const target = index + delta;
    const stage = order[index];
    if (!stage || target < 0 || target >= order.length) return;
    const previous = order;
    const next = [...order];
    next.splice(index, 1);
    next.splice(target, 0, stage);
    setOrder(next);
    // Keep focus on the same button when it still exists in the new position, else on its sibling.
    const atEdge = target === 0 || target === order.length - 1;
    refocus.current = `${stage.id}:${atEdge ? (delta < 0 ? "down" : "up") : delta < 0 ? "up" : "down"}`;
    setAnnouncement(t("movedTo", { name: stage.name, position: target + 1 }));
    const result = await reorderStagesAction(
      slug,
      pipelineId,
      next.map((s) => s.id),
    );
    if (!result.ok) {
      setOrder(previous);
      toast.error(actionError(result));
      return;
    }
    router.refresh();
  }

  return (
    <>
      <ol className="divide-y rounded-md border">
        {order.map((stage, index) => (
          <li key={stage.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2">
            <span className="w-5 text-right text-muted-foreground text-sm tabular-nums">{index + 1}</span>
            <span className="min-w-0 flex-1 truncate font-medium">{stage.name}</span>
            <Badge variant={KIND_VARIANT[stage.kind]}>{t(`kinds.${stage.kind}`)}</Badge>
            <span className="w-12 text-right text-muted-foreground text-sm tabular-nums">
              {stage.probability} %
            </span>
            {canManage ? (
              <div className="ml-6 flex items-center sm:ml-0">
                <Button
                  ref={(el) => {
                    if (el) buttons.current.set(`${stage.id}:up`, el);
                  }}
                  variant="ghost"
                  size="icon"
                  disabled={index === 0}
                  aria-label={t("moveUp", { name: stage.name })}
                  onClick={() => move(index, -1)}
                >
                  <ArrowUp aria-hidden="true" />
                </Button>
                <Button
                  ref={(el) => {
                    if (el) buttons.current.set(`${stage.id}:down`, el);
                  }}
                  variant="ghost"
                  size="icon"
                  disabled={index === order.length - 1}
                  aria-label={t("moveDown", { name: stage.name })}
                  onClick={() => move(index, 1)}
                >
                  <ArrowDown aria-hidden="true" />
                </Button>
                <StageFormDialog slug={slug} pipelineId={pipelineId} stage={stage} />
                <DeleteStageDialog
                  slug={slug}
                  pipelineId={pipelineId}
                  stage={stage}
                  others={order.filter((s) => s.id !== stage.id)}
                />
              </div>
            ) : null}
          </li>
        ))}
      </ol>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </>
  );
}
