import type { LeadStage } from "@crm/core/modules/records/enums";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/cn";

const TONES: Record<LeadStage, string> = {
  new: "border-transparent bg-sky-100 text-sky-800 dark:bg-sky-950 dark:text-sky-300",
  working: "border-transparent bg-amber-100 text-amber-800 dark:bg-amber-950 dark:text-amber-300",
  qualified: "border-transparent bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300",
  disqualified: "border-transparent bg-muted text-muted-foreground",
  converted: "border-transparent bg-violet-100 text-violet-800 dark:bg-violet-950 dark:text-violet-300",
};

export function LeadStatusBadge({ status }: { status: LeadStage }) {
  const t = useTranslations("leads.status");
  return (
    <Badge variant="outline" className={cn(TONES[status])}>
      {t(status)}
    </Badge>
  );
}
