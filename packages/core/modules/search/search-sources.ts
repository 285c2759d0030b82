import { and, type SQL, sql } from "drizzle-orm";
import type { Ctx } from "../../platform/context";
import { visibleActivities } from "../activities/activity-access";
import { activities } from "../activities/tables";
import { companies } from "../companies/tables";
import { contacts } from "../contacts/tables";
import { deals, stages } from "../deals/tables";
import { leads } from "../leads/tables";
import { visibleRecords } from "../records/visibility";
import { tasks } from "../tasks/tables";
import type { SearchType } from "./schemas";
import type { PreparedQuery } from "./search-query";

// Where each record type keeps its search columns (maintained by triggers, migration 0008_search)
// and how one of its rows reads as a result. The search columns are not in the Drizzle tables on
// purpose: nothing but search selects them.

export type SearchTable =
  | typeof contacts
  | typeof companies
  | typeof leads
  | typeof deals
  | typeof activities
  | typeof tasks;

export type SearchSource = {
  table: SearchTable;
  visible: (ctx: Ctx) => SQL;
  /** Whether the table has search_emails and search_phones besides search_name and search_vector. */
  reachable: boolean;
  title: SQL<string>;
  subtitle: SQL<string | null>;
  kind: SQL<string | null>;
  linkType: SQL<string | null>;
  linkId: SQL<string | null>;
  /** Long plain text a snippet is cut from. */
  body: SQL<string | null>;
  extra?: SQL;
};

const nothing = sql<null>`null`;

export const SEARCH_SOURCES: Record<SearchType, SearchSource> = {
  contacts: {
    table: contacts,
    visible: (ctx) => visibleRecords(ctx, contacts, "contacts"),
    reachable: true,
    title: sql<string>`btrim(${contacts.firstName} || ' ' || ${contacts.lastName})`,
    subtitle: sql<string | null>`nullif(concat_ws(' · ', ${contacts.email}, ${contacts.title}), '')`,
    kind: nothing,
    linkType: sql<string>`'contacts'`,
    linkId: sql<string>`${contacts.id}`,
    body: nothing,
  },
  companies: {
    table: companies,
    visible: (ctx) => visibleRecords(ctx, companies, "companies"),
    reachable: true,
    title: sql<string>`${companies.name}`,
    subtitle: sql<string | null>`nullif(concat_ws(' · ', ${companies.domain}, ${companies.industry}), '')`,
    kind: nothing,
    linkType: sql<string>`'companies'`,
    linkId: sql<string>`${companies.id}`,
    body: nothing,
  },
  leads: {
    table: leads,
    visible: (ctx) => visibleRecords(ctx, leads, "leads"),
    reachable: true,
    title: sql<string>`${leads.name}`,
    subtitle: sql<string | null>`nullif(concat_ws(' · ', ${leads.email}, ${leads.companyName}), '')`,
    kind: sql<string>`${leads.status}`,
    linkType: sql<string>`'leads'`,
    linkId: sql<string>`${leads.id}`,
    body: nothing,
  },
  deals: {
    table: deals,
    visible: (ctx) => visibleRecords(ctx, deals, "deals"),
    reachable: false,
    title: sql<string>`${deals.title}`,
    subtitle: sql<
      string | null
    >`(select ${stages.name} from ${stages} where ${stages.id} = ${deals.stageId})`,
    kind: sql<string | null>`${deals.outcome}`,
    linkType: sql<string>`'deals'`,
    linkId: sql<string>`${deals.id}`,
    body: nothing,
  },
  activities: {
    table: activities,
    visible: (ctx) => visibleActivities(ctx),
    reachable: false,
    title: sql<string>`${activities.subject}`,
    subtitle: nothing,
    kind: sql<string>`${activities.type}`,
    linkType: sql<
      string | null
    >`case when ${activities.contactId} is not null then 'contacts' when ${activities.dealId} is not null then 'deals' when ${activities.companyId} is not null then 'companies' end`,
    linkId: sql<
      string | null
    >`coalesce(${activities.contactId}, ${activities.dealId}, ${activities.companyId})`,
    body: sql<string>`crm_html_text(${activities.body})`,
    // Stage and owner changes are history, not something to look up.
    extra: sql`${activities.type} <> 'system'`,
  },
  tasks: {
    table: tasks,
    visible: (ctx) => visibleRecords(ctx, tasks, "tasks"),
    reachable: false,
    title: sql<string>`${tasks.title}`,
    subtitle: nothing,
    kind: sql<string>`${tasks.status}`,
    linkType: sql<string>`'tasks'`,
    linkId: sql<string>`${tasks.id}`,
    body: sql<string>`${tasks.notes}`,
  },
};

const column = (table: SearchTable, name: string): SQL => sql`${table}.${sql.identifier(name)}`;

/**
 * The rows of `source` that match `q`, and how well. Every branch of the match is one a GIN index
 * answers (full text on search_vector, trigram on the other columns), so a million rows stay fast.
 */
export function matchSql(source: SearchSource, q: PreparedQuery): { where: SQL; score: SQL<number> } {
  const { table, reachable } = source;
  const vector = column(table, "search_vector");
  const name = column(table, "search_name");
  const emails = column(table, "search_emails");
  const phones = column(table, "search_phones");
  const tsquery = sql`to_tsquery('simple'::regconfig, ${q.tsquery})`;
  const fuzzyWords = q.words.filter((word) => word.length >= 3);

  const branches: SQL[] = [sql`${name} % ${q.text}`];
  if (q.tsquery) branches.push(sql`${vector} @@ ${tsquery}`);
  if (fuzzyWords.length > 0) branches.push(and(...fuzzyWords.map((word) => sql`${name} %> ${word}`)) as SQL);
  if (q.text.length >= 3) {
    branches.push(sql`${name} like ${q.contains}`);
    if (reachable) branches.push(sql`${emails} like ${q.contains}`);
  }
  if (reachable && q.digits) branches.push(sql`${phones} like ${`%${q.digits}%`}`);

  const parts: SQL[] = [
    sql`similarity(${name}, ${q.text})`,
    sql`word_similarity(${q.text}, ${name}) * 0.5`,
    sql`case when ${name} = ${q.text} then 1 when ${name} like ${q.startsWith} then 0.5 else 0 end`,
  ];
  if (q.tsquery) parts.push(sql`ts_rank(${vector}, ${tsquery})`);
  if (reachable) {
    // An exact email address or domain is as good as a match gets.
    parts.push(sql`case when ${q.text} = any(string_to_array(${emails}, ' ')) then 5 else 0 end`);
    if (q.digits) parts.push(sql`case when ${phones} like ${`%${q.digits}`} then 1 else 0 end`);
  }
  return {
    where: sql`(${sql.join(branches, sql` or `)})`,
    score: sql<number>`(${sql.join(parts, sql` + `)})`.mapWith(Number),
  };
}
