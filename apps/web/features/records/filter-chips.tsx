"use client";
import { Check, ChevronDown, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { type FormEvent, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/cn";
import { clearedValue, type FilterDef, labelOf, valueLabelOf } from "./list-config";
import type { MemberOption } from "./member-option";
import { Popover, PopoverClose, PopoverContent, PopoverTrigger } from "./popover";
import { type PickerOption, RecordPicker } from "./record-picker";
import { useListUrl } from "./use-list-url";

export type RecordSearches = Partial<
  Record<NonNullable<FilterDef["picker"]>, (query: string) => Promise<PickerOption[] | null>>
>;

type Props = {
  filters: readonly FilterDef[];
  active: Record<string, string>;
  members: MemberOption[];
  currentUserId: string;
  searches?: RecordSearches;
  valueLabels?: Record<string, string>;
  className?: string;
};

type ChipProps = {
  def: FilterDef;
  value: string | undefined;
  members: MemberOption[];
  currentUserId: string;
  searches?: RecordSearches;
  valueLabels?: Record<string, string>;
};

/** One chip per filterable field; an active chip shows its value and can be cleared. */
export function FilterChips({ filters, active, className, ...rest }: Props) {
  return (
    <ul className={cn("flex flex-wrap items-center gap-2", className)}>
      {filters.map((def) => (
        <li key={def.key}>
          <FilterChip def={def} value={active[def.key]} {...rest} />
        </li>
      ))}
    </ul>
  );
}

function FilterChip(props: ChipProps) {
  const { def, value } = props;
  const t = useTranslations();
  const { update } = useListUrl();
  const [open, setOpen] = useState(false);
  const label = labelOf(t, def);
  const summary = value ? describe(def, value, props.members, props.valueLabels ?? {}, t) : null;
  return (
    <div
      className={cn(
        "flex h-9 items-center rounded-md border text-sm sm:h-8",
        value ? "border-primary/40 bg-primary/5" : "border-dashed",
      )}
    >
      <Popover open={open} onOpenChange={setOpen}>
        <PopoverTrigger asChild>
          <button
            type="button"
            className="flex h-full items-center gap-1.5 rounded-md px-3 font-medium outline-none hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring"
          >
            <span className={value ? "text-muted-foreground" : undefined}>{label}</span>
            {summary ? <span className="max-w-40 truncate">{summary}</span> : null}
            <ChevronDown className="size-3.5 opacity-60" aria-hidden="true" />
          </button>
        </PopoverTrigger>
        <PopoverContent>
          <FilterEditor {...props} onDone={() => setOpen(false)} />
        </PopoverContent>
      </Popover>
      {value ? (
        <button
          type="button"
          onClick={() => update({ [def.key]: clearedValue(def) })}
          className="mr-0.5 inline-flex size-8 items-center justify-center rounded-md text-muted-foreground outline-none hover:bg-accent hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring sm:size-7"
        >
          <X className="size-3.5" aria-hidden="true" />
          <span className="sr-only">{t("records.clearFilter", { field: label })}</span>
        </button>
      ) : null}
    </div>
  );
}

type Translate = ReturnType<typeof useTranslations>;

function describe(
  def: FilterDef,
  value: string,
  members: MemberOption[],
  valueLabels: Record<string, string>,
  t: Translate,
): string {
  const list = value.split(",");
  switch (def.kind) {
    case "record":
      return valueLabels[value] ?? t("records.selectedRecord");
    case "enum":
      return list.map((v) => valueLabelOf(t, def, v)).join(", ");
    case "owner":
      return list.map((id) => members.find((m) => m.userId === id)?.name ?? "?").join(", ");
    case "min":
      return `≥ ${def.money ? Number(value) / 100 : value}`;
    case "dateFrom":
      return `≥ ${value}`;
    case "dateTo":
      return `≤ ${value}`;
    default:
      return value;
  }
}

function FilterEditor({
  def,
  value,
  members,
  currentUserId,
  searches,
  valueLabels,
  onDone,
}: ChipProps & { onDone: () => void }) {
  const t = useTranslations();
  const { update } = useListUrl();
  const search = def.picker ? searches?.[def.picker] : undefined;
  if (def.kind === "record" && search) {
    const current = value ? { id: value, label: valueLabels?.[value] ?? t("records.selectedRecord") } : null;
    return (
      <div className="grid gap-2">
        <p className="font-medium text-sm">{labelOf(t, def)}</p>
        <RecordPicker
          value={current}
          onChange={(option) => {
            update({ [def.key]: option?.id ?? null });
            onDone();
          }}
          search={search}
          placeholder={t("records.chooseRecord")}
          aria-label={labelOf(t, def)}
        />
      </div>
    );
  }
  if (def.kind === "enum") {
    const options = (def.values ?? []).map((v) => ({ value: v, label: valueLabelOf(t, def, v) }));
    return <OptionList def={def} value={value} options={options} />;
  }
  if (def.kind === "owner") {
    // The signed-in user first: "my records" is the filter people use most.
    const sorted = [...members].sort((a, b) =>
      a.userId === currentUserId ? -1 : b.userId === currentUserId ? 1 : 0,
    );
    const options = sorted.map((m) => ({
      value: m.userId,
      label: m.userId === currentUserId ? t("records.me", { name: m.name }) : m.name,
    }));
    return <OptionList def={def} value={value} options={options} />;
  }
  return <TextFilter def={def} value={value} onDone={onDone} />;
}

/** Toggling an option applies it at once; several options mean "any of". */
function OptionList({
  def,
  value,
  options,
}: {
  def: FilterDef;
  value: string | undefined;
  options: { value: string; label: string }[];
}) {
  const t = useTranslations();
  const { update } = useListUrl();
  const selected = new Set((value ?? "").split(",").filter(Boolean));
  const toggle = (option: string) => {
    const next = new Set(selected);
    if (next.has(option)) next.delete(option);
    else next.add(option);
    update({ [def.key]: [...next].join(",") || clearedValue(def) });
  };
  return (
    <fieldset className="grid gap-1">
      <legend className="mb-1 font-medium text-sm">{labelOf(t, def)}</legend>
      {options.map((option) => {
        const checked = selected.has(option.value);
        return (
          <button
            key={option.value}
            type="button"
            role="checkbox"
            aria-checked={checked}
            onClick={() => toggle(option.value)}
            className="flex min-h-9 items-center gap-2 rounded-sm px-2 text-left text-sm outline-none hover:bg-accent focus-visible:bg-accent focus-visible:ring-2 focus-visible:ring-ring sm:min-h-8"
          >
            <span
              className={cn(
                "flex size-4 shrink-0 items-center justify-center rounded-sm border border-input",
                checked && "border-primary bg-primary text-primary-foreground",
              )}
              aria-hidden="true"
            >
              {checked ? <Check className="size-3" /> : null}
            </span>
            <span className="truncate">{option.label}</span>
          </button>
        );
      })}
    </fieldset>
  );
}

function TextFilter({
  def,
  value,
  onDone,
}: {
  def: FilterDef;
  value: string | undefined;
  onDone: () => void;
}) {
  const t = useTranslations();
  const { update } = useListUrl();
  const id = useId();
  const scale = def.money ? 100 : 1;
  const [text, setText] = useState(
    value && def.kind === "min" ? String(Number(value) / scale) : (value ?? ""),
  );
  const type =
    def.kind === "min" ? "number" : def.kind === "dateFrom" || def.kind === "dateTo" ? "date" : "text";
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = text.trim();
    const next =
      def.kind === "min" && trimmed && Number.isFinite(Number(trimmed))
        ? String(Math.round(Number(trimmed) * scale))
        : trimmed;
    update({ [def.key]: next || null });
    onDone();
  };
  return (
    <form onSubmit={submit} className="grid gap-3">
      <div className="grid gap-2">
        <Label htmlFor={id}>{labelOf(t, def)}</Label>
        <Input
          id={id}
          type={type}
          min={def.kind === "min" ? 0 : undefined}
          inputMode={def.kind === "min" ? "numeric" : undefined}
          value={text}
          onChange={(event) => setText(event.target.value)}
          autoComplete="off"
          autoFocus
        />
      </div>
      <div className="flex justify-end gap-2">
        {value ? (
          <PopoverClose asChild>
            <Button type="button" variant="ghost" size="sm" onClick={() => update({ [def.key]: null })}>
              {t("records.clear")}
            </Button>
          </PopoverClose>
        ) : null}
        <Button type="submit" size="sm">
          {t("records.apply")}
        </Button>
      </div>
    </form>
  );
}
