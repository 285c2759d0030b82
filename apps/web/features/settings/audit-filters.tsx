"use client";
import { X } from "lucide-react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";

type Option = { value: string; label: string };
type Props = { actors: Option[]; verbs: Option[]; entityTypes: Option[]; periods: Option[] };

const ALL = "all";
const KEYS = ["actor", "verb", "type", "period"] as const;

/** Who, what, record type, period: each choice reloads the log from its newest matching entry. */
export function AuditFilters({ actors, verbs, entityTypes, periods }: Props) {
  const t = useTranslations("settings.auditFilters");
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const id = useId();
  const set = (key: (typeof KEYS)[number], value: string) => {
    const next = new URLSearchParams(params);
    next.delete("before");
    if (value === ALL) next.delete(key);
    else next.set(key, value);
    const query = next.toString();
    router.push(query ? `${pathname}?${query}` : pathname);
  };
  const active = KEYS.some((key) => params.get(key));
  const filter = (key: (typeof KEYS)[number], label: string, options: Option[]) => (
    <div className="grid min-w-0 gap-1.5">
      <Label htmlFor={`${id}-${key}`}>{label}</Label>
      <Select value={params.get(key) ?? ALL} onValueChange={(value) => set(key, value)}>
        <SelectTrigger id={`${id}-${key}`}>
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          <SelectItem value={ALL}>{t("any")}</SelectItem>
          {options.map((o) => (
            <SelectItem key={o.value} value={o.value}>
              {o.label}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
    </div>
  );
  return (
    <div
      role="search"
      aria-label={t("label")}
      className="mb-4 grid grid-cols-2 items-end gap-3 md:grid-cols-[repeat(4,minmax(0,1fr))_auto]"
    >
      {filter("actor", t("actor"), actors)}
      {filter("verb", t("verb"), verbs)}
      {filter("type", t("type"), entityTypes)}
      {filter("period", t("period"), periods)}
      {active ? (
        <Button variant="ghost" onClick={() => router.push(pathname)} className="col-span-2 md:col-span-1">
          <X aria-hidden="true" />
          {t("clear")}
        </Button>
      ) : null}
    </div>
  );
}
