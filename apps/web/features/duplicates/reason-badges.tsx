import type { DupeReason } from "@crm/core/modules/duplicates/score-pair";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

/** The reasons two records look alike, as small labels ("Same email anna@acme.de"). */
export function ReasonBadges({ reasons }: { reasons: DupeReason[] }) {
  const t = useTranslations("duplicates.reason");
  return (
    <ul className="flex flex-wrap gap-1.5">
      {reasons.map((reason) => (
        <li key={reason.kind}>
          <Badge variant="muted" className="max-w-full whitespace-normal break-all text-left">
            {reason.kind === "name"
              ? t("name", { percent: Math.round(reason.similarity * 100) })
              : reason.kind === "sameCompany"
                ? t("sameCompany")
                : t(reason.kind, { value: reason.value })}
          </Badge>
        </li>
      ))}
    </ul>
  );
}

/** The score, coloured by how sure it is. */
export function ScoreBadge({ score }: { score: number }) {
  const t = useTranslations("duplicates");
  return (
    <Badge
      variant={score >= 80 ? "default" : score >= 50 ? "secondary" : "outline"}
      aria-label={t("scoreLabel", { score })}
      className="tabular-nums"
    >
      {t("score", { score })}
    </Badge>
  );
}
