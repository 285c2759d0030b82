import type { DealOutcome } from "@crm/core/modules/records/enums";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/cn";

const TONES: Record<DealOutcome, string> = {
  won: "border-transparent bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300",
  lost: "border-transparent bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-300",
  abandoned: "border-transparent bg-muted text-muted-foreground",
};

export function DealOutcomeBadge({ outcome }: { outcome: DealOutcome }) {
  const t = useTranslations("deals.outcome");
  return (
    <Badge variant="outline" className={cn(TONES[outcome])}>
      {t(outcome)}
    </Badge>
  );
}
