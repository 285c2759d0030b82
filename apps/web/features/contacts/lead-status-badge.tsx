import type { LeadStatus } from "@crm/core/modules/records/enums";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/cn";

const TONES: Record<LeadStatus, string> = {
  new: "border-transparent bg-sky-100 text-sky-800 dark:bg-sky-950 dark:text-sky-300",
  contacted: "border-transparent bg-amber-100 text-amber-800 dark:bg-amber-950 dark:text-amber-300",
  qualified: "border-transparent bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300",
  unqualified: "border-transparent bg-muted text-muted-foreground",
};

export function LeadStatusBadge({ status, className }: { status: LeadStatus; className?: string }) {
  const t = useTranslations("contacts.status");
  return (
    <Badge variant="outline" className={cn(TONES[status], className)}>
      {t(status)}
    </Badge>
  );
}
