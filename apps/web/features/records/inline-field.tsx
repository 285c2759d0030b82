"use client";
import { Check, Pencil, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Spinner } from "@/components/ui/spinner";
import { cn } from "@/lib/cn";
import { type PickerOption, RecordPicker } from "./record-picker";

/** Saves a value; resolves to an error message for the field, or null when saved. */
export type SaveField<T> = (value: T) => Promise<string | null>;

function FieldRow({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 py-2 sm:grid-cols-[8rem_minmax(0,1fr)] sm:items-start sm:gap-3">
      <dt id={`${id}-label`} className="pt-2 text-muted-foreground text-sm">
        {label}
      </dt>
      <dd className="min-w-0">{children}</dd>
    </div>
  );
}

function FieldError({ id, error }: { id: string; error: string | null }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} role="alert" className="mt-1 font-medium text-destructive text-sm">
      {error}
    </p>
  );
}

/** Shows a value; a click (or Enter) turns it into an input. Enter saves, Escape cancels. */
export function InlineText({
  label,
  value,
  display,
  onSave,
  canEdit,
  type = "text",
  inputMode,
}: {
  label: string;
  value: string | null;
  display?: ReactNode;
  onSave: SaveField<string>;
  canEdit: boolean;
  type?: "text" | "email" | "tel" | "url" | "number" | "date";
  inputMode?: "numeric" | "decimal";
}) {
  const t = useTranslations("records");
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(value ?? "");
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const viewRef = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);

  useEffect(() => {
    if (!editing && refocus.current) {
      refocus.current = false;
      viewRef.current?.focus();
    }
  }, [editing]);

  const start = () => {
    setText(value ?? "");
    setError(null);
    setEditing(true);
  };
  const cancel = () => {
    refocus.current = true;
    setEditing(false);
    setError(null);
  };
  const save = async () => {
    if (text === (value ?? "")) return cancel();
    setSaving(true);
    const message = await onSave(text);
    setSaving(false);
    if (message) {
      setError(message);
      return;
    }
    refocus.current = true;
    setEditing(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      event.preventDefault();
      void save();
    } else if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      cancel();
    }
  };

  const shown = display ?? (value ? <span className="break-words">{value}</span> : null);
  return (
    <FieldRow id={id} label={label}>
      {editing ? (
        <div>
          <div className="flex items-center gap-1">
            <Input
              type={type}
              inputMode={inputMode}
              value={text}
              onChange={(event) => setText(event.target.value)}
              onKeyDown={onKeyDown}
              disabled={saving}
              autoFocus
              aria-labelledby={`${id}-label`}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
            />
            <Button type="button" size="icon" variant="ghost" onClick={save} loading={saving}>
              <Check aria-hidden="true" />
              <span className="sr-only">{t("saveField", { field: label })}</span>
            </Button>
            <Button type="button" size="icon" variant="ghost" onClick={cancel} disabled={saving}>
              <X aria-hidden="true" />
              <span className="sr-only">{t("cancelEdit")}</span>
            </Button>
          </div>
          <FieldError id={id} error={error} />
        </div>
      ) : canEdit ? (
        <button
          ref={viewRef}
          type="button"
          onClick={start}
          className="group -mx-2 flex min-h-9 w-[calc(100%+1rem)] items-center gap-2 rounded-md px-2 text-left text-sm outline-none hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring"
        >
          {/* Named "Edit Email: <the value>" from its text: an aria-label would hide the value seen. */}
          <span className="sr-only">{t("editField", { field: label })}: </span>
          <span className="min-w-0 flex-1">
            {shown ?? <span className="text-muted-foreground">{t("empty")}</span>}
          </span>
          <Pencil
            className="size-3.5 shrink-0 text-muted-foreground opacity-0 group-hover:opacity-100 group-focus-visible:opacity-100"
            aria-hidden="true"
          />
        </button>
      ) : (
        <div className="flex min-h-9 items-center text-sm">
          {shown ?? <span className="text-muted-foreground">—</span>}
        </div>
      )}
    </FieldRow>
  );
}

/** A choice that saves as soon as it changes. */
export function InlineSelect({
  label,
  value,
  options,
  display,
  onSave,
  canEdit,
  placeholder,
}: {
  label: string;
  value: string | null;
  options: { value: string; label: string }[];
  display?: ReactNode;
  onSave: SaveField<string>;
  canEdit: boolean;
  placeholder?: string;
}) {
  const id = useId();
  const [current, setCurrent] = useState(value);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setCurrent(value), [value]);

  const change = async (next: string) => {
    const previous = current;
    setCurrent(next);
    setSaving(true);
    const message = await onSave(next);
    setSaving(false);
    setError(message);
    if (message) setCurrent(previous);
  };

  return (
    <FieldRow id={id} label={label}>
      {canEdit ? (
        <div>
          <div className="flex items-center gap-2">
            <Select value={current ?? undefined} onValueChange={change} disabled={saving}>
              <SelectTrigger
                aria-labelledby={`${id}-label`}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
                aria-busy={saving || undefined}
                className="-mx-3 w-[calc(100%+1.5rem)] border-transparent bg-transparent shadow-none hover:bg-accent"
              >
                <SelectValue placeholder={placeholder} />
              </SelectTrigger>
              <SelectContent>
                {options.map((option) => (
                  <SelectItem key={option.value} value={option.value}>
                    {option.label}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
            {saving ? <Spinner /> : null}
          </div>
          <FieldError id={id} error={error} />
        </div>
      ) : (
        <div className="flex min-h-9 items-center text-sm">
          {display ?? options.find((o) => o.value === value)?.label ?? (
            <span className="text-muted-foreground">—</span>
          )}
        </div>
      )}
    </FieldRow>
  );
}

/** A linked record (a company): a searchable picker that saves on choice. */
export function InlinePicker({
  label,
  value,
  display,
  search,
  onSave,
  canEdit,
  placeholder,
}: {
  label: string;
  value: PickerOption | null;
  display?: ReactNode;
  search: (query: string) => Promise<PickerOption[] | null>;
  onSave: SaveField<string | null>;
  canEdit: boolean;
  placeholder: string;
}) {
  const id = useId();
  const [current, setCurrent] = useState(value);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setCurrent(value), [value]);

  const change = async (next: PickerOption | null) => {
    const previous = current;
    setCurrent(next);
    setSaving(true);
    const message = await onSave(next?.id ?? null);
    setSaving(false);
    setError(message);
    if (message) setCurrent(previous);
  };

  return (
    <FieldRow id={id} label={label}>
      {canEdit ? (
        <div>
          <div className="flex items-center gap-2">
            <RecordPicker
              value={current}
              onChange={change}
              search={search}
              placeholder={placeholder}
              disabled={saving}
              className="flex-1"
              aria-label={label}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
            />
            {saving ? <Spinner /> : null}
          </div>
          {display && current?.id === value?.id ? <div className="mt-1 text-sm">{display}</div> : null}
          <FieldError id={id} error={error} />
        </div>
      ) : (
        <div className={cn("flex min-h-9 items-center text-sm")}>
          {display ?? current?.label ?? <span className="text-muted-foreground">—</span>}
        </div>
      )}
    </FieldRow>
  );
}
