import { listAudit } from "@crm/core/modules/audit/list-audit";
import { findUndoableMergeIds } from "@crm/core/modules/duplicates/get-merge";
import { getOrgSettings } from "@crm/core/modules/orgs/get-org-settings";
import { listMembers } from "@crm/core/modules/orgs/list-members";
import { can } from "@crm/core/platform/permissions";
import { ChevronRight, History } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { UndoMergeButton } from "@/features/duplicates/undo-merge-button";
import { PageHeader } from "@/features/shell/page-header";
import { requireOrgContext } from "@/lib/org-context";
import { dateTimeOptions, shortId } from "./format";

const PAGE_SIZE = 50;

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ before?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("auditLog") };
}

/** The before/after snapshot as one line of JSON, leaving out the side that does not exist. */
function compactDetails(entry: { before: unknown; after: unknown }): string | null {
  const details = Object.fromEntries(
    Object.entries(entry).filter(([, value]) => value !== null && value !== undefined),
  );
  return Object.keys(details).length > 0 ? JSON.stringify(details) : null;
}

export async function AuditLogPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { ctx } = await requireOrgContext(slug);
  if (!can(ctx, "audit:read")) notFound();
  // Only a UUID is a cursor; anything else in the URL starts from the newest entry.
  const before = z.uuid().safeParse((await searchParams).before).data;
  const [t, format] = await Promise.all([getTranslations("settings"), getFormatter()]);
  const { timeZone } = await getOrgSettings(ctx);
  const rows = await listAudit(ctx, { limit: PAGE_SIZE + 1, before });
  const members = await listMembers(ctx);
  const names = new Map(members.map((member) => [member.userId, member.name]));
  const entries = rows.slice(0, PAGE_SIZE);
  const merges = await findUndoableMergeIds(
    ctx,
    entries.filter((entry) => entry.action.endsWith(".merge")).map((entry) => entry.id),
  );
  const next = rows.length > PAGE_SIZE ? entries.at(-1)?.id : undefined;

  const actor = (entry: (typeof entries)[number]) => {
    if (entry.actorApiKeyId) return { label: t("apiKeyActor"), title: shortId(entry.actorApiKeyId) };
    if (!entry.actorUserId) return { label: t("systemActor"), title: undefined };
    return { label: names.get(entry.actorUserId) ?? shortId(entry.actorUserId), title: entry.actorUserId };
  };

  return (
    <>
      <PageHeader title={t("auditLog")} description={t("auditDescription")} />
      {entries.length === 0 ? (
        <EmptyState
          icon={History}
          title={t("noAuditTitle")}
          description={before ? undefined : t("noAuditText")}
          action={
            before ? (
              <Link href={`/o/${slug}/settings/audit-log`} className={buttonVariants({ variant: "outline" })}>
                {t("backToNewest")}
              </Link>
            ) : undefined
          }
        />
      ) : (
        <div className="flex flex-col gap-4">
          <div className="rounded-lg border">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>{t("when")}</TableHead>
                  <TableHead>{t("actor")}</TableHead>
                  <TableHead>{t("action")}</TableHead>
                  <TableHead>{t("entity")}</TableHead>
                  <TableHead>{t("details")}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {entries.map((entry) => {
                  const by = actor(entry);
                  const details = compactDetails({ before: entry.before, after: entry.after });
                  return (
                    <TableRow key={entry.id} className="align-top">
                      <TableCell className="whitespace-nowrap align-top text-muted-foreground">
                        <time dateTime={entry.createdAt.toISOString()}>
                          {format.dateTime(entry.createdAt, dateTimeOptions(timeZone))}
                        </time>
                      </TableCell>
                      <TableCell className="whitespace-nowrap align-top" title={by.title}>
                        {by.label}
                      </TableCell>
                      <TableCell className="align-top">
                        <code className="whitespace-nowrap font-mono text-xs">{entry.action}</code>
                      </TableCell>
                      <TableCell className="whitespace-nowrap align-top">
                        {entry.entityType}
                        {entry.entityId ? (
                          <span
                            className="ml-1 font-mono text-muted-foreground text-xs"
                            title={entry.entityId}
                          >
                            {shortId(entry.entityId)}
                          </span>
                        ) : null}
                      </TableCell>
                      <TableCell className="min-w-48 align-top">
                        {details ? (
                          <details className="group max-w-md">
                            <summary className="cursor-pointer rounded-sm text-primary text-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring">
                              {t("details")}
                            </summary>
                            <pre className="mt-2 max-h-64 overflow-auto whitespace-pre-wrap break-all rounded-md bg-muted p-2 font-mono text-xs">
                              {details}
                            </pre>
                          </details>
                        ) : null}
                        {merges.has(entry.id) ? (
                          <div className="mt-2">
                            <UndoMergeButton slug={slug} mergeId={merges.get(entry.id) as string} />
                          </div>
                        ) : null}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </div>
          {before || next ? (
            <nav className="flex flex-wrap justify-center gap-2" aria-label={t("auditLog")}>
              {before ? (
                <Link href={`/o/${slug}/settings/audit-log`} className={buttonVariants({ variant: "ghost" })}>
                  {t("backToNewest")}
                </Link>
              ) : null}
              {next ? (
                <Link
                  href={`/o/${slug}/settings/audit-log?before=${next}`}
                  className={buttonVariants({ variant: "outline" })}
                >
                  {t("loadMore")}
                  <ChevronRight aria-hidden="true" />
                </Link>
              ) : null}
            </nav>
          ) : null}
        </div>
      )}
    </>
  );
}
