"use client";
import { Check, ChevronsUpDown, Search, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { type KeyboardEvent, useEffect, useId, useState } from "react";
import { Spinner } from "@/components/ui/spinner";
import { cn } from "@/lib/cn";
import { Popover, PopoverContent, PopoverTrigger } from "./popover";

export type PickerOption = { id: string; label: string; hint?: string };

type Props = {
  id?: string;
  value: PickerOption | null;
  onChange: (value: PickerOption | null) => void;
  /** Finds a few matches on the server; null when the search failed. */
  search: (query: string) => Promise<PickerOption[] | null>;
  placeholder: string;
  disabled?: boolean;
  className?: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
  "aria-label"?: string;
};

/** A searchable single choice among records (a company, a contact): a combobox over server results. */
export function RecordPicker({
  id,
  value,
  onChange,
  search,
  placeholder,
  disabled,
  className,
  ...aria
}: Props) {
  const t = useTranslations("records");
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [options, setOptions] = useState<PickerOption[]>([]);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const [active, setActive] = useState(0);

  useEffect(() => {
    if (!open) return;
    let current = true;
    setLoading(true);
    const timer = setTimeout(async () => {
      const found = await search(query.trim());
      if (!current) return;
      setLoading(false);
      setFailed(found === null);
      setOptions(found ?? []);
      setActive(0);
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [open, query, search]);

  const pick = (option: PickerOption | null) => {
    onChange(option);
    setOpen(false);
    setQuery("");
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setActive((i) => Math.min(i + 1, options.length - 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === "Enter") {
      event.preventDefault();
      const option = options[active];
      if (option) pick(option);
    }
  };

  return (
    <div className={cn("flex min-w-0 items-center gap-1", className)}>
      <Popover open={open} onOpenChange={setOpen}>
        <PopoverTrigger asChild>
          <button
            id={id}
            type="button"
            disabled={disabled}
            aria-haspopup="dialog"
            // The name holds the text shown (the choice), so voice control can name the button.
            aria-label={aria["aria-label"] && `${aria["aria-label"]}: ${value?.label ?? placeholder}`}
            aria-invalid={aria["aria-invalid"]}
            aria-describedby={aria["aria-describedby"]}
            className={cn(
              "flex h-10 w-full min-w-0 items-center justify-between gap-2 rounded-md border border-input bg-background px-3 text-left text-base shadow-xs outline-none sm:h-9 md:text-sm",
              "focus-visible:border-ring focus-visible:ring-2 focus-visible:ring-ring/40 disabled:cursor-not-allowed disabled:opacity-50 aria-invalid:border-destructive",
            )}
          >
            <span className={cn("truncate", !value && "text-muted-foreground")}>
              {value?.label ?? placeholder}
            </span>
            <ChevronsUpDown className="size-4 shrink-0 opacity-60" aria-hidden="true" />
          </button>
        </PopoverTrigger>
        <PopoverContent className="w-(--radix-popover-trigger-width) min-w-64 gap-2 p-2">
          <div className="relative">
            <Search
              className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground"
              aria-hidden="true"
            />
            <input
              role="combobox"
              aria-expanded="true"
              aria-controls={listId}
              aria-autocomplete="list"
              aria-activedescendant={options[active] ? `${listId}-${options[active].id}` : undefined}
              aria-label={t("searchPlaceholder")}
              placeholder={t("searchPlaceholder")}
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              onKeyDown={onKeyDown}
              autoComplete="off"
              className="h-9 w-full rounded-md border border-input bg-background pr-8 pl-8 text-base outline-none focus-visible:ring-2 focus-visible:ring-ring/40 md:text-sm"
            />
            {loading ? <Spinner className="absolute top-1/2 right-2.5 -translate-y-1/2" /> : null}
          </div>
          <div
            id={listId}
            role="listbox"
            aria-label={placeholder}
            className="grid max-h-64 gap-0.5 overflow-y-auto"
          >
            {options.map((option, index) => (
              // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keys (arrows, Enter)
              <div
                key={option.id}
                tabIndex={-1}
                id={`${listId}-${option.id}`}
                role="option"
                aria-selected={index === active}
                onMouseEnter={() => setActive(index)}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => pick(option)}
                className={cn(
                  "flex min-h-9 cursor-pointer items-center gap-2 rounded-sm px-2 text-sm sm:min-h-8",
                  index === active && "bg-accent text-accent-foreground",
                )}
              >
                <Check
                  className={cn("size-4 shrink-0", value?.id === option.id ? "opacity-100" : "opacity-0")}
                  aria-hidden="true"
                />
                <span className="truncate">{option.label}</span>
                {option.hint ? (
                  <span className="ml-auto truncate text-muted-foreground text-xs">{option.hint}</span>
                ) : null}
              </div>
            ))}
          </div>
          {!loading && options.length === 0 ? (
            <p className="px-2 py-3 text-center text-muted-foreground text-sm">
              {failed ? t("searchFailed") : t("noResults")}
            </p>
          ) : null}
        </PopoverContent>
      </Popover>
      {value && !disabled ? (
        <button
          type="button"
          onClick={() => pick(null)}
          className="inline-flex size-9 shrink-0 items-center justify-center rounded-md text-muted-foreground outline-none hover:bg-accent hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring"
        >
          <X className="size-4" aria-hidden="true" />
          <span className="sr-only">{t("clearChoice", { name: value.label })}</span>
        </button>
      ) : null}
    </div>
  );
}
