"use client";
import { ListFilter, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { type FormEvent, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import type { MemberOption } from "@/features/records/member-option";
import { useListUrl } from "@/features/records/use-list-url";
import { cn } from "@/lib/cn";
import type { PipelineChoice } from "../pipeline-choice";
import type { BoardFilterState } from "./board-filters";

const ANYONE = "__anyone";

type Props = {
  pipelines: PipelineChoice[];
  pipelineId: string;
  filters: BoardFilterState;
  members: MemberOption[];
  currentUserId: string;
};

/** Pipeline switcher and filters (owner, close date range, minimum value); all kept in the URL. */
export function BoardToolbar({ pipelines, pipelineId, filters, members, currentUserId }: Props) {
  const t = useTranslations("board");
  const tr = useTranslations("records");
  const { update } = useListUrl();
  const [minValue, setMinValue] = useState(filters.minValue ? String(Number(filters.minValue) / 100) : "");
  useEffect(
    () => setMinValue(filters.minValue ? String(Number(filters.minValue) / 100) : ""),
    [filters.minValue],
  );
  const active = Object.values(filters).some(Boolean);
  // On a phone the filters fold away behind one button; from `sm` up they are always shown.
  const [showFilters, setShowFilters] = useState(false);

  const applyMin = (event?: FormEvent) => {
    event?.preventDefault();
    const n = Number(minValue);
    const next = minValue.trim() && Number.isFinite(n) && n >= 0 ? String(Math.round(n * 100)) : null;
    if (next !== (filters.minValue ?? null)) update({ minValue: next });
  };

  return (
    <div className="mb-4 grid gap-3 sm:flex sm:flex-wrap sm:items-end">
      <div className="grid gap-1.5">
        <Label htmlFor="board-pipeline">{t("pipeline")}</Label>
        <Select value={pipelineId} onValueChange={(id) => update({ pipeline: id })}>
          <SelectTrigger id="board-pipeline" className="sm:w-48">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            {pipelines.map((p) => (
              <SelectItem key={p.id} value={p.id}>
                {p.name}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </div>
      <Button
        type="button"
        variant="outline"
        className="sm:hidden"
        aria-expanded={showFilters}
        aria-controls="board-filters"
        onClick={() => setShowFilters((v) => !v)}
      >
        <ListFilter aria-hidden="true" />
        {active ? t("filtersActive", { count: Object.values(filters).filter(Boolean).length }) : t("filters")}
      </Button>
      <div
        id="board-filters"
        className={cn("grid-cols-2 gap-3 sm:flex sm:flex-wrap sm:items-end", showFilters ? "grid" : "hidden")}
      >
        <div className="col-span-2 grid gap-1.5 sm:col-span-1">
          <Label htmlFor="board-owner">{tr("owner")}</Label>
          <Select
            value={filters.ownerId ?? ANYONE}
            onValueChange={(id) => update({ ownerId: id === ANYONE ? null : id })}
          >
            <SelectTrigger id="board-owner" className="sm:w-44">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value={ANYONE}>{t("anyone")}</SelectItem>
              {members.map((m) => (
                <SelectItem key={m.userId} value={m.userId}>
                  {m.userId === currentUserId ? tr("me", { name: m.name }) : m.name}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="board-close-from">{t("closeFrom")}</Label>
          <Input
            id="board-close-from"
            type="date"
            value={filters.closeFrom ?? ""}
            onChange={(event) => update({ closeFrom: event.target.value || null })}
            className="sm:w-40"
          />
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="board-close-to">{t("closeTo")}</Label>
          <Input
            id="board-close-to"
            type="date"
            value={filters.closeTo ?? ""}
            onChange={(event) => update({ closeTo: event.target.value || null })}
            className="sm:w-40"
          />
        </div>
        <form onSubmit={applyMin} className="col-span-2 grid gap-1.5 sm:col-span-1">
          <Label htmlFor="board-min">{t("minValue")}</Label>
          <Input
            id="board-min"
            type="number"
            inputMode="decimal"
            min={0}
            value={minValue}
            onChange={(event) => setMinValue(event.target.value)}
            onBlur={() => applyMin()}
            className="sm:w-32"
          />
        </form>
      </div>
      {active ? (
        <Button
          variant="ghost"
          className={cn(!showFilters && "hidden sm:inline-flex")}
          onClick={() => update({ ownerId: null, closeFrom: null, closeTo: null, minValue: null })}
        >
          <X aria-hidden="true" />
          {t("clearFilters")}
        </Button>
      ) : null}
    </div>
  );
}
