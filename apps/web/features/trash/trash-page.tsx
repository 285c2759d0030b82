import { getOrgSettings } from "@crm/core/modules/orgs/get-org-settings";
import { listTrash } from "@crm/core/modules/records/list-trash";
import { TRASH_OBJECTS, type TrashObject } from "@crm/core/modules/records/record-type-info";
import { AppError } from "@crm/core/platform/errors";
import { can } from "@crm/core/platform/permissions";
import { Trash2 } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { loadMemberOptions } from "@/features/records/load-record-list";
import { PageHeader } from "@/features/shell/page-header";
import { cn } from "@/lib/cn";
import { requireOrgContext } from "@/lib/org-context";
import { TrashList } from "./trash-list";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("trash"))("title") };
}

const isTrashObject = (value: unknown): value is TrashObject => TRASH_OBJECTS.includes(value as TrashObject);

/** Deleted records of one type, newest first, a page at a time; restore, and (admins) delete forever. */
export async function TrashPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = await searchParams;
  const object = isTrashObject(query.object) ? query.object : "contacts";
  const cursor = typeof query.cursor === "string" ? query.cursor : undefined;
  const { ctx } = await requireOrgContext(slug);
  const t = await getTranslations("trash");
  // One after the other: on PGlite every query shares one connection.
  const page = await listTrash(ctx, { object, cursor }).catch((error: unknown) => {
    // A stale or hand-edited cursor starts over instead of failing the page.
    if (error instanceof AppError && error.code === "unprocessable") return listTrash(ctx, { object });
    throw error;
  });
  const members = await loadMemberOptions(ctx);
  const { timeZone } = await getOrgSettings(ctx);
  const base = `/o/${slug}/settings/trash?object=${object}`;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <nav aria-label={t("objectsLabel")} className="mb-4 flex max-w-4xl gap-1 overflow-x-auto border-b">
        {TRASH_OBJECTS.map((o) => (
          <Link
            key={o}
            href={`/o/${slug}/settings/trash?object=${o}`}
            aria-current={o === object ? "page" : undefined}
            className={cn(
              "-mb-px shrink-0 border-b-2 px-3 py-2 font-medium text-sm outline-none focus-visible:ring-2 focus-visible:ring-ring",
              o === object
                ? "border-primary text-foreground"
                : "border-transparent text-muted-foreground hover:text-foreground",
            )}
          >
            {t(`objects.${o}`)}
          </Link>
        ))}
      </nav>
      <div className="grid max-w-4xl gap-4">
        {page.data.length === 0 ? (
          <EmptyState
            icon={Trash2}
            title={t("emptyTitle", { object: t(`objects.${object}`) })}
            description={t("emptyText")}
          />
        ) : (
          <TrashList
            slug={slug}
            object={object}
            rows={page.data}
            members={members}
            timeZone={timeZone}
            canRestore={can(ctx, "records:write")}
            canPurge={can(ctx, "records:purge")}
          />
        )}
        {cursor || page.nextCursor ? (
          <div className="flex justify-end gap-2">
            {cursor ? (
              <Button asChild variant="outline" size="sm">
                <Link href={base}>{t("firstPage")}</Link>
              </Button>
            ) : null}
            {page.nextCursor ? (
              <Button asChild variant="outline" size="sm">
                <Link href={`${base}&cursor=${encodeURIComponent(page.nextCursor)}`}>{t("nextPage")}</Link>
              </Button>
            ) : null}
          </div>
        ) : null}
      </div>
    </>
  );
}
