"use client";
import {
  closestCorners,
  DndContext,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import { sortableKeyboardCoordinates } from "@dnd-kit/sortable";
import { TriangleAlert } from "lucide-react";
import dynamic from "next/dynamic";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { MemberOption } from "@/features/records/member-option";
import { useActionError } from "@/features/records/use-action-error";
import { markDealLostAction, markDealWonAction, moveDealStageAction } from "../deal-actions";
import type { PipelineChoice } from "../pipeline-choice";
import { BoardColumn } from "./board-column";
import type { BoardFilterState } from "./board-filters";
import { BoardIconSprite } from "./board-icons";
import {
  type BoardData,
  type BoardDeal,
  type BoardColumn as Column,
  findColumnId,
  moveDeal,
} from "./board-state";
import { BoardToolbar } from "./board-toolbar";
import { DealCard } from "./deal-card";

type Props = {
  slug: string;
  pipelines: PipelineChoice[];
  pipelineId: string;
  board: BoardData | null;
  invalid: boolean;
  filters: BoardFilterState;
  members: MemberOption[];
  currentUserId: string;
  defaultCurrency: string;
  canWrite: boolean;
  today: string;
};

// Its form (react-hook-form, zod) loads the first time a deal is marked lost.
const LostReasonDialog = dynamic(() => import("../lost-reason-dialog").then((m) => m.LostReasonDialog), {
  ssr: false,
});

type LostRequest = { deal: BoardDeal; rollback: Column[] | null };

/**
 * Cards rendered per stage at first; the rest of the (up to 50) loaded cards show on "Show more".
 * All 50 a stage made the board's document 1.3 MB and 8,800 elements at 100k deals, and the browser
 * spent seconds parsing, styling and laying it out.
 */
const FIRST_CARDS = 12;

/**
 * The kanban board. Moves show at once and are undone when the server refuses them (with the reason
 * in a toast); dropping on a lost stage asks for the reason first.
 */
export function PipelineBoard(props: Props) {
  const { slug, board, canWrite } = props;
  const t = useTranslations("board");
  const router = useRouter();
  const pathname = usePathname();
  const actionError = useActionError();
  const [columns, setColumns] = useState<Column[]>(board?.stages ?? []);
  const columnsRef = useRef(columns);
  columnsRef.current = columns;
  // A refresh (after a move, or a filter change) brings the server's truth.
  useEffect(() => setColumns(board?.stages ?? []), [board]);
  const drag = useRef<{ snapshot: Column[]; from: string } | null>(null);
  const [overId, setOverId] = useState<string | null>(null);
  const [lost, setLost] = useState<LostRequest | null>(null);
  const [shown, setShown] = useState<Record<string, number>>({});
  const shownIn = (columnId: string) => shown[columnId] ?? FIRST_CARDS;
  const lostDone = useRef(false);
  // Mounted from the first request on, so it can close with its animation.
  const [lostUsed, setLostUsed] = useState(false);
  useEffect(() => {
    if (lost) setLostUsed(true);
  }, [lost]);

  // The click that ends a mouse drag must not follow the card's link: dnd-kit stops the click from
  // reaching React's handlers, but the link's own navigation would still happen.
  const dragging = useRef(false);
  useEffect(() => {
    const swallow = (event: MouseEvent) => {
      if (dragging.current) event.preventDefault();
    };
    window.addEventListener("click", swallow, true);
    return () => window.removeEventListener("click", swallow, true);
  }, []);
  const endDragSoon = () => {
    setTimeout(() => {
      dragging.current = false;
    }, 0);
  };

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const dealOf = (id: string) => columnsRef.current.flatMap((c) => c.deals).find((d) => d.id === id);
  const stageName = (id: string) => {
    const columnId = findColumnId(columnsRef.current, id);
    return columnsRef.current.find((c) => c.id === columnId)?.name ?? "";
  };

  async function persist(deal: BoardDeal, stageId: string, rollback: Column[]) {
    const result = await moveDealStageAction(slug, deal.id, stageId);
    if (!result.ok) {
      setColumns(rollback);
      toast.error(t("moveFailed", { title: deal.title }), { description: actionError(result) });
      return;
    }
    router.refresh();
  }

  /** Lands a deal in a stage (after a drop or from the card menu). */
  function commit(deal: BoardDeal, stageId: string, before: Column[]) {
    const target = before.find((c) => c.id === stageId);
    if (!target) return;
    setColumns(moveDeal(before, deal.id, stageId, "top"));
    if (target.kind === "lost") {
      lostDone.current = false;
      setLost({ deal, rollback: before });
      return;
    }
    void persist(deal, stageId, before);
  }

  function onDragStart({ active }: DragStartEvent) {
    dragging.current = true;
    const from = findColumnId(columnsRef.current, String(active.id));
    if (from) drag.current = { snapshot: columnsRef.current, from };
  }

  function onDragOver({ active, over }: DragOverEvent) {
    if (!over) return;
    const current = columnsRef.current;
    const from = findColumnId(current, String(active.id));
    const to = findColumnId(current, String(over.id));
    setOverId(to ?? null);
    if (!from || !to || from === to) return;
    const target = current.find((c) => c.id === to);
    const length = target?.deals.length ?? 0;
    // Over the column itself: after its last rendered card, which stays rendered along with the new one.
    const index =
      over.id === to
        ? Math.min(length, shownIn(to))
        : (target?.deals.findIndex((d) => d.id === over.id) ?? 0);
    if (length >= shownIn(to)) setShown((s) => ({ ...s, [to]: (s[to] ?? FIRST_CARDS) + 1 }));
    setColumns(moveDeal(current, String(active.id), to, Math.max(index, 0)));
  }

  function onDragEnd({ active }: DragEndEvent) {
    endDragSoon();
    setOverId(null);
    const started = drag.current;
    drag.current = null;
    if (!started) return;
    const to = findColumnId(columnsRef.current, String(active.id));
    const deal = started.snapshot.flatMap((c) => c.deals).find((d) => d.id === active.id);
    // The order inside a stage is not stored (cards show the most recently changed first).
    if (!to || !deal || to === started.from) {
      setColumns(started.snapshot);
      return;
    }
    commit(deal, to, started.snapshot);
  }

  function onDragCancel() {
    endDragSoon();
    setOverId(null);
    if (drag.current) setColumns(drag.current.snapshot);
    drag.current = null;
  }

  async function markWon(deal: BoardDeal) {
    const before = columnsRef.current;
    const won = before.find((c) => c.kind === "won");
    if (won) setColumns(moveDeal(before, deal.id, won.id, "top"));
    const result = await markDealWonAction(slug, deal.id);
    if (!result.ok) {
      setColumns(before);
      toast.error(t("moveFailed", { title: deal.title }), { description: actionError(result) });
      return;
    }
    toast.success(t("wonToast", { title: deal.title }));
    router.refresh();
  }

  async function confirmLost(reason: string | null): Promise<boolean | string> {
    if (!lost) return true;
    const result = await markDealLostAction(slug, lost.deal.id, { lostReason: reason });
    if (!result.ok) {
      const fieldError = result.fieldErrors?.lostReason?.[0];
      if (fieldError) return fieldError;
      toast.error(t("moveFailed", { title: lost.deal.title }), { description: actionError(result) });
      return false;
    }
    lostDone.current = true;
    if (!lost.rollback) {
      const lostColumn = columnsRef.current.find((c) => c.kind === "lost");
      if (lostColumn) setColumns(moveDeal(columnsRef.current, lost.deal.id, lostColumn.id, "top"));
    }
    toast.success(t("lostToast", { title: lost.deal.title }));
    router.refresh();
    return true;
  }

  return (
    <div>
      <BoardToolbar
        pipelines={props.pipelines}
        pipelineId={props.pipelineId}
        filters={props.filters}
        members={props.members}
        currentUserId={props.currentUserId}
      />
      {props.invalid || !board ? (
        <EmptyState
          icon={TriangleAlert}
          title={t("invalidTitle")}
          description={t("invalidText")}
          action={
            <Link
              href={`${pathname}?pipeline=${props.pipelineId}`}
              className={buttonVariants({ variant: "outline" })}
            >
              {t("clearFilters")}
            </Link>
          }
        />
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={closestCorners}
          onDragStart={onDragStart}
          onDragOver={onDragOver}
          onDragEnd={onDragEnd}
          onDragCancel={onDragCancel}
          accessibility={{
            screenReaderInstructions: { draggable: t("dnd.instructions") },
            announcements: {
              onDragStart: ({ active }) => t("dnd.picked", { title: dealOf(String(active.id))?.title ?? "" }),
              onDragOver: ({ active, over }) =>
                over
                  ? t("dnd.over", {
                      title: dealOf(String(active.id))?.title ?? "",
                      stage: stageName(String(over.id)),
                    })
                  : t("dnd.outside", { title: dealOf(String(active.id))?.title ?? "" }),
              onDragEnd: ({ active, over }) =>
                over
                  ? t("dnd.dropped", {
                      title: dealOf(String(active.id))?.title ?? "",
                      stage: stageName(String(over.id)),
                    })
                  : t("dnd.cancelled", { title: dealOf(String(active.id))?.title ?? "" }),
              onDragCancel: ({ active }) =>
                t("dnd.cancelled", { title: dealOf(String(active.id))?.title ?? "" }),
            },
          }}
        >
          <BoardIconSprite />
          {/* relative: screen-reader-only text inside the columns must not widen the page */}
          <div className="relative -mx-4 flex snap-x snap-mandatory gap-3 scroll-px-4 overflow-x-auto px-4 pb-4 sm:mx-0 sm:snap-none sm:scroll-px-0 sm:px-0">
            {columns.map((column) => (
              <BoardColumn
                key={column.id}
                column={column}
                currency={props.defaultCurrency}
                rates={board?.rates ?? {}}
                isOver={overId === column.id}
                shown={shownIn(column.id)}
                onShowMore={() => setShown((s) => ({ ...s, [column.id]: column.deals.length }))}
              >
                {column.deals.slice(0, shownIn(column.id)).map((deal) => (
                  <DealCard
                    key={deal.id}
                    slug={slug}
                    deal={deal}
                    columns={columns}
                    today={props.today}
                    canWrite={canWrite}
                    onMove={(d, stageId) => commit(d, stageId, columnsRef.current)}
                    onWon={markWon}
                    onLost={(d) => {
                      lostDone.current = false;
                      setLost({ deal: d, rollback: null });
                    }}
                  />
                ))}
              </BoardColumn>
            ))}
          </div>
        </DndContext>
      )}
      {lostUsed ? (
        <LostReasonDialog
          open={lost !== null}
          onOpenChange={(open) => {
            if (open) return;
            // Closed without confirming: a card dropped on the lost stage goes back.
            if (!lostDone.current && lost?.rollback) setColumns(lost.rollback);
            setLost(null);
          }}
          dealTitle={lost?.deal.title ?? ""}
          onConfirm={confirmLost}
        />
      ) : null}
    </div>
  );
}
