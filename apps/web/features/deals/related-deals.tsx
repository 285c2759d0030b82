import "server-only";
import { listDeals } from "@crm/core/modules/deals/list-deals";
import type { Ctx } from "@crm/core/platform/context";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Money } from "@/features/records/money";
import { DealOutcomeBadge } from "./deal-outcome-badge";

type Props = {
  ctx: Ctx;
  slug: string;
  filter: { primaryContactId: string } | { companyId: string };
  stageNames: Record<string, string>;
};

const LIMIT = 10;

/** The deals of a contact or company, most recently changed first. */
export async function RelatedDeals({ ctx, slug, filter, stageNames }: Props) {
  const t = await getTranslations("deals");
  const page = await listDeals(ctx, { limit: LIMIT, sort: "-updatedAt" }, filter);
  const [field, id] = Object.entries(filter)[0] ?? [];
  return (
    <Card className="gap-2 py-4">
      <CardHeader className="flex-row items-center justify-between px-4">
        <CardTitle as="h2" className="text-base">
          {t("title")}
        </CardTitle>
        {page.nextCursor ? (
          <Link href={`/o/${slug}/deals?${field}=${id}`} className="text-primary text-sm hover:underline">
            {t("viewAll")}
          </Link>
        ) : null}
      </CardHeader>
      <CardContent className="px-4">
        {page.data.length === 0 ? (
          <p className="py-2 text-muted-foreground text-sm">{t("none")}</p>
        ) : (
          <ul className="divide-y">
            {page.data.map((deal) => (
              <li key={deal.id} className="flex items-center gap-3 py-2.5">
                <div className="min-w-0 flex-1">
                  <Link
                    href={`/o/${slug}/deals/${deal.id}`}
                    className="block truncate rounded-sm font-medium text-sm outline-none hover:underline focus-visible:ring-2 focus-visible:ring-ring"
                  >
                    {deal.title}
                  </Link>
                  <div className="mt-0.5 flex flex-wrap items-center gap-2 text-muted-foreground text-xs">
                    <Money minor={deal.value} currency={deal.currency} />
                    {deal.outcome ? (
                      <DealOutcomeBadge outcome={deal.outcome} />
                    ) : (
                      <Badge variant="secondary">{stageNames[deal.stageId] ?? "?"}</Badge>
                    )}
                  </div>
                </div>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
