import { listDuplicates } from "@crm/core/modules/duplicates/list-duplicates";
import { DEFAULT_MIN_DUPLICATE_SCORE, listDuplicatesSchema } from "@crm/core/modules/duplicates/schemas";
import { DUPLICATE_OBJECTS, type DuplicateObject } from "@crm/core/modules/duplicates/tables";
import { can } from "@crm/core/platform/permissions";
import { ChevronRight, CopyCheck } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/features/shell/page-header";
import { cn } from "@/lib/cn";
import { requireOrgContext } from "@/lib/org-context";
import { DuplicatePairList } from "./duplicate-pair-list";
import { ScanProgress } from "./scan-progress";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{
    object?: string | string[];
    cursor?: string | string[];
    minScore?: string | string[];
  }>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("duplicates"))("title") };
}

/** Likely duplicate contacts or companies, a page at a time, to dismiss or merge. */
export async function DuplicatesPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = await searchParams;
  const { ctx } = await requireOrgContext(slug);
  const t = await getTranslations("duplicates");
  const object: DuplicateObject = z.enum(DUPLICATE_OBJECTS).catch("contacts").parse(query.object);
  const cursor = listDuplicatesSchema.shape.cursor.safeParse(query.cursor).data;
  const minScore = listDuplicatesSchema.shape.minScore
    .catch(DEFAULT_MIN_DUPLICATE_SCORE)
    .parse(query.minScore);
  const weaker = minScore < DEFAULT_MIN_DUPLICATE_SCORE;
  const page = await listDuplicates(ctx, { object, cursor, limit: 25, minScore });
  const canWrite = can(ctx, "records:write");
  const base = `/o/${slug}/duplicates`;
  // The first page of this list; weaker matches stay shown while paging.
  const start = `${base}?object=${object}${weaker ? "&minScore=0" : ""}`;

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <nav aria-label={t("tabsLabel")} className="mb-4 flex gap-1 border-b">
        {DUPLICATE_OBJECTS.map((tab) => (
          <Link
            key={tab}
            href={`${base}?object=${tab}`}
            aria-current={tab === object ? "page" : undefined}
            data-testid={`duplicates-tab-${tab}`}
            className={cn(
              "-mb-px rounded-t-md border-b-2 px-3 py-2 font-medium text-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
              tab === object
                ? "border-primary text-foreground"
                : "border-transparent text-muted-foreground hover:text-foreground",
            )}
          >
            {t(`tabs.${tab}`)}
          </Link>
        ))}
      </nav>
      {canWrite ? null : <p className="mb-4 text-muted-foreground text-sm">{t("readonlyHint")}</p>}
      <div
        className="mb-4 flex flex-wrap items-center justify-between gap-2"
        data-testid="duplicates-min-score"
      >
        <p className="text-muted-foreground text-sm">
          {weaker ? t("weakerShownHint") : t("weakerHint", { score: DEFAULT_MIN_DUPLICATE_SCORE })}
        </p>
        <Link
          href={weaker ? `${base}?object=${object}` : `${base}?object=${object}&minScore=0`}
          className={buttonVariants({ variant: "outline", size: "sm" })}
          data-testid="duplicates-toggle-weaker"
        >
          {weaker ? t("hideWeaker") : t("showWeaker")}
        </Link>
      </div>
      {page.scan.state === "running" ? (
        <ScanProgress>{t("scanning", { checked: page.scan.checked })}</ScanProgress>
      ) : null}
      {page.data.length === 0 && page.scan.state === "ready" ? (
        <EmptyState
          icon={CopyCheck}
          title={t("emptyTitle")}
          description={cursor ? t("emptyPageText") : t("emptyText")}
        />
      ) : page.data.length === 0 ? null : (
        <DuplicatePairList slug={slug} object={object} pairs={page.data} canWrite={canWrite} />
      )}
      {cursor || page.nextCursor ? (
        <nav className="mt-4 flex flex-col items-center gap-2" aria-label={t("title")}>
          {page.nextCursor ? <p className="text-muted-foreground text-sm">{t("moreHint")}</p> : null}
          <div className="flex flex-wrap justify-center gap-2">
            {cursor ? (
              <Link href={start} className={buttonVariants({ variant: "ghost" })}>
                {t("backToStart")}
              </Link>
            ) : null}
            {page.nextCursor ? (
              <Link
                href={`${start}&cursor=${encodeURIComponent(page.nextCursor)}`}
                className={buttonVariants({ variant: "outline" })}
              >
                {t("more")}
                <ChevronRight aria-hidden="true" />
              </Link>
            ) : null}
          </div>
        </nav>
      ) : null}
    </>
  );
}
