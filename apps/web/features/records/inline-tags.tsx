"use client";
import { tagsSchema } from "@crm/core/modules/records/schemas";
import { Plus, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { type FormEvent, useEffect, useId, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { SaveField } from "./inline-field";

/** Tags as chips: remove one with its ×, add one by typing it and pressing Enter. */
export function InlineTags({
  label,
  tags,
  onSave,
  canEdit,
}: {
  label: string;
  tags: string[];
  onSave: SaveField<string[]>;
  canEdit: boolean;
}) {
  const t = useTranslations("records");
  const id = useId();
  const [current, setCurrent] = useState(tags);
  const [text, setText] = useState("");
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setCurrent(tags), [tags]);

  const save = async (next: string[]) => {
    const previous = current;
    setCurrent(next);
    setSaving(true);
    const message = await onSave(next);
    setSaving(false);
    setError(message);
    if (message) setCurrent(previous);
    return !message;
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = tagsSchema.in.element.safeParse(text);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? null);
      return;
    }
    // One spelling per tag: "VIP" on a record tagged "vip" is already there.
    if (current.some((tag) => tag.toLowerCase() === parsed.data.toLowerCase())) {
      setText("");
      return;
    }
    if (await save([...current, parsed.data])) setText("");
  };

  return (
    <div className="grid gap-1 py-2 sm:grid-cols-[8rem_minmax(0,1fr)] sm:items-start sm:gap-3">
      <dt id={`${id}-label`} className="pt-2 text-muted-foreground text-sm">
        {label}
      </dt>
      <dd className="grid min-w-0 gap-2 pt-1.5">
        <ul className="flex flex-wrap gap-1" aria-labelledby={`${id}-label`}>
          {current.length === 0 && !canEdit ? <li className="text-muted-foreground text-sm">—</li> : null}
          {current.map((tag) => (
            <li key={tag}>
              <Badge variant="secondary" className="gap-0.5 pr-0.5">
                {tag}
                {canEdit ? (
                  <button
                    type="button"
                    onClick={() => save(current.filter((x) => x !== tag))}
                    disabled={saving}
                    className="inline-flex size-5 items-center justify-center rounded-sm outline-none hover:bg-background/60 focus-visible:ring-2 focus-visible:ring-ring"
                  >
                    <X aria-hidden="true" />
                    <span className="sr-only">{t("removeTag", { tag })}</span>
                  </button>
                ) : null}
              </Badge>
            </li>
          ))}
        </ul>
        {canEdit ? (
          <form onSubmit={add} noValidate className="flex items-center gap-1">
            <Input
              value={text}
              onChange={(event) => setText(event.target.value)}
              placeholder={t("addTag")}
              aria-label={t("addTagTo", { field: label })}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              className="h-9 sm:h-8"
              autoComplete="off"
            />
            <Button type="submit" size="icon" variant="ghost" loading={saving} disabled={!text.trim()}>
              <Plus aria-hidden="true" />
              <span className="sr-only">{t("addTag")}</span>
            </Button>
          </form>
        ) : null}
        {error ? (
          <p id={`${id}-error`} role="alert" className="font-medium text-destructive text-sm">
            {error}
          </p>
        ) : null}
      </dd>
    </div>
  );
}
