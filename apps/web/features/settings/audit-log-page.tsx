import {
  AUDIT_PERIODS,
  AUDIT_VERBS,
  type AuditFilters as AuditFilterValues,
  auditFiltersSchema,
  listAudit,
} from "@crm/core/modules/audit/list-audit";
import { findUndoableMergeIds } from "@crm/core/modules/duplicates/get-merge";
import { getOrgSettings } from "@crm/core/modules/orgs/get-org-settings";
import { listMembers } from "@crm/core/modules/orgs/list-members";
import { listRecordNames, type NamedObject } from "@crm/core/modules/records/list-record-names";
import { RECORD_TYPE_INFO } from "@crm/core/modules/records/record-type-info";
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
import { auditActionLabel, auditEntityLabel } from "@/features/labels/enum-labels";
import { PageHeader } from "@/features/shell/page-header";
import { requireOrgContext } from "@/lib/org-context";
import { AuditFilters } from "./audit-filters";
import { dateTimeOptions, shortId } from "./format";

const PAGE_SIZE = 50;

type Query = Partial<Record<"before" | "actor" | "verb" | "type" | "period", string | string[]>>;
type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Query> };

/** Record types with a page of their own, by their audit entity type ("deal" → "deals"). */
const RECORD_PAGES: Record<string, string> = Object.fromEntries(
  Object.entries(RECORD_TYPE_INFO)
    .filter(([object]) => object !== "activities")
    .map(([object, info]) => [info.entityType, object]),
);
const NAMED: readonly NamedObject[] = ["companies", "contacts", "deals", "leads"];

/** The types a filter offers: what the CRM writes entries about. */
const ENTITY_FILTERS = [
  "company",
  "contact",
  "lead",
  "deal",
  "task",
  "activity",
  "custom_field",
  "pipeline",
  "stage",
  "view",
  "import",
  "member",
  "invitation",
  "api_key",
  "exchange_rate",
  "organization",
];

/** A verb alone in a menu starts with a capital ("Moved to the trash"); in a sentence it does not. */
const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** Each filter from the URL on its own: one that is not valid is dropped, not the page. */
function parseFilters(query: Query): AuditFilterValues {
  const one = (key: keyof Query) => (typeof query[key] === "string" ? query[key] : undefined);
  const shape = auditFiltersSchema.shape;
  return {
    actorUserId: shape.actorUserId.safeParse(one("actor")).data,
    verb: shape.verb.safeParse(one("verb")).data,
    entityType: shape.entityType.safeParse(one("type")).data,
    period: shape.period.safeParse(one("period")).data,
  };
}

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
  const query = await searchParams;
  // Only a UUID is a cursor; anything else in the URL starts from the newest entry.
  const before = z.uuid().safeParse(query.before).data;
  const filters = parseFilters(query);
  const filtered = Object.values(filters).some(Boolean);
  const [t, tf, te, format] = await Promise.all([
    getTranslations("settings"),
    getTranslations("settings.auditFilters"),
    getTranslations("enums"),
    getFormatter(),
  ]);
  const { timeZone } = await getOrgSettings(ctx);
  const rows = await listAudit(ctx, { limit: PAGE_SIZE + 1, before, filters });
  const members = await listMembers(ctx);
  const names = new Map(members.map((member) => [member.userId, member.name]));
  const entries = rows.slice(0, PAGE_SIZE);
  const merges = await findUndoableMergeIds(
    ctx,
    entries.filter((entry) => entry.action.endsWith(".merge")).map((entry) => entry.id),
  );
  // The names of the records on this page, one query per type (one after the other: PGlite).
  const recordNames: Record<string, string> = {};
  for (const object of NAMED) {
    const ids = entries.filter((e) => RECORD_PAGES[e.entityType] === object).map((e) => e.entityId);
    if (ids.length > 0) Object.assign(recordNames, await listRecordNames(ctx, object, ids));
  }
  const keep = new URLSearchParams(
    Object.entries({ actor: query.actor, verb: query.verb, type: query.type, period: query.period }).filter(
      (pair): pair is [string, string] => typeof pair[1] === "string",
    ),
  );
  const pageHref = (cursor?: string) => {
    const params = new URLSearchParams(keep);
    if (cursor) params.set("before", cursor);
    const search = params.toString();
    return `/o/${slug}/settings/audit-log${search ? `?${search}` : ""}`;
  };
  const next = rows.length > PAGE_SIZE ? entries.at(-1)?.id : undefined;

  const actor = (entry: (typeof entries)[number]) => {
    if (entry.actorApiKeyId) {
      const label = entry.actorApiKeyName
        ? t("apiKeyActorNamed", { name: entry.actorApiKeyName })
        : t("apiKeyActor");
      return { label, title: shortId(entry.actorApiKeyId) };
    }
    if (!entry.actorUserId) return { label: t("systemActor"), title: undefined };
    return { label: names.get(entry.actorUserId) ?? shortId(entry.actorUserId), title: entry.actorUserId };
  };

  return (
    <>
      <PageHeader title={t("auditLog")} description={t("auditDescription")} />
      <AuditFilters
        actors={members.map((m) => ({ value: m.userId, label: m.name }))}
        verbs={AUDIT_VERBS.map((verb) => ({ value: verb, label: capitalize(te(`auditVerb.${verb}`)) }))}
        entityTypes={ENTITY_FILTERS.map((type) => ({ value: type, label: auditEntityLabel(te, type) }))}
        periods={Object.keys(AUDIT_PERIODS).map((period) => ({ value: period, label: tf(period) }))}
      />
      {entries.length === 0 ? (
        <EmptyState
          icon={History}
          title={filtered ? tf("noMatchTitle") : t("noAuditTitle")}
          description={before ? undefined : filtered ? tf("noMatchText") : t("noAuditText")}
          action={
            before ? (
              <Link href={pageHref()} className={buttonVariants({ variant: "outline" })}>
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
                        <span title={entry.action}>
                          {auditActionLabel(te, entry.action, entry.entityType)}
                        </span>
                      </TableCell>
                      <TableCell className="align-top">
                        <EntityCell
                          slug={slug}
                          label={auditEntityLabel(te, entry.entityType)}
                          entityType={entry.entityType}
                          entityId={entry.entityId}
                          name={
                            entry.entityApiKeyName
                              ? t("apiKeyActorNamed", { name: entry.entityApiKeyName })
                              : entry.entityId
                                ? recordNames[entry.entityId]
                                : undefined
                          }
                        />
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
                <Link href={pageHref()} className={buttonVariants({ variant: "ghost" })}>
                  {t("backToNewest")}
                </Link>
              ) : null}
              {next ? (
                <Link href={pageHref(next)} className={buttonVariants({ variant: "outline" })}>
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

/** The record type in words, and the record itself: its name linked to its page when it has one. */
function EntityCell(props: {
  slug: string;
  label: string;
  entityType: string;
  entityId: string | null;
  name: string | undefined;
}) {
  const { slug, label, entityType, entityId, name } = props;
  const object = RECORD_PAGES[entityType === "companie" ? "company" : entityType];
  return (
    <div className="grid min-w-0 gap-0.5">
      <span className="text-muted-foreground text-xs">{label}</span>
      {entityId && object ? (
        <Link
          href={`/o/${slug}/${object}/${entityId}`}
          className="max-w-56 truncate font-medium text-primary hover:underline"
          title={entityId}
        >
          {name ?? shortId(entityId)}
        </Link>
      ) : entityId && name ? (
        <span className="max-w-56 truncate font-medium" title={entityId}>
          {name}
        </span>
      ) : entityId ? (
        <span className="font-mono text-muted-foreground text-xs" title={entityId}>
          {shortId(entityId)}
        </span>
      ) : null}
    </div>
  );
}
