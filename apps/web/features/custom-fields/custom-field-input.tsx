"use client";
import { useTranslations } from "next-intl";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Switch } from "@/components/ui/switch";
import { cn } from "@/lib/cn";
import type { CustomDef, RawValue } from "./custom-field-value";

const NONE = "__none__";

type Props = {
  id: string;
  def: CustomDef;
  value: RawValue;
  onChange: (value: RawValue) => void;
  disabled?: boolean;
  invalid?: boolean;
  describedBy?: string;
  /** For inputs without a visible <label for>: the id of the element that names them. */
  labelledBy?: string;
};

/** The control for one custom field, by type; the same in record forms and on detail pages. */
export function CustomFieldInput({
  id,
  def,
  value,
  onChange,
  disabled,
  invalid,
  describedBy,
  labelledBy,
}: Props) {
  const t = useTranslations("customFields");
  const aria = {
    "aria-invalid": invalid || undefined,
    "aria-describedby": describedBy,
    "aria-labelledby": labelledBy,
  };
  switch (def.type) {
    case "checkbox":
      return (
        <Switch
          id={id}
          checked={value === true}
          onCheckedChange={(on) => onChange(on)}
          disabled={disabled}
          {...aria}
        />
      );
    case "select":
      return (
        <Select
          value={typeof value === "string" && value ? value : NONE}
          onValueChange={(v) => onChange(v === NONE ? "" : v)}
          disabled={disabled}
        >
          <SelectTrigger id={id} {...aria}>
            <SelectValue placeholder={t("choose")} />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value={NONE}>{t("none")}</SelectItem>
            {def.options.map((option) => (
              <SelectItem key={option} value={option}>
                {option}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      );
    case "multiselect": {
      const chosen = Array.isArray(value) ? value : [];
      return (
        <div id={id} role="group" className="flex flex-wrap gap-1.5" {...aria}>
          {def.options.map((option) => {
            const on = chosen.includes(option);
            return (
              <button
                key={option}
                type="button"
                aria-pressed={on}
                disabled={disabled}
                onClick={() => onChange(on ? chosen.filter((o) => o !== option) : [...chosen, option])}
                className={cn(
                  "rounded-full border px-2.5 py-1 text-xs outline-none transition-colors focus-visible:ring-2 focus-visible:ring-ring disabled:opacity-50",
                  on ? "border-primary bg-primary text-primary-foreground" : "bg-background hover:bg-accent",
                )}
              >
                {option}
              </button>
            );
          })}
        </div>
      );
    }
    default: {
      const type =
        def.type === "number" || def.type === "money"
          ? "text"
          : def.type === "date" || def.type === "url" || def.type === "email"
            ? def.type
            : "text";
      return (
        <Input
          id={id}
          type={type}
          inputMode={def.type === "number" || def.type === "money" ? "decimal" : undefined}
          value={typeof value === "string" ? value : ""}
          onChange={(event) => onChange(event.target.value)}
          disabled={disabled}
          autoComplete="off"
          {...aria}
        />
      );
    }
  }
}
