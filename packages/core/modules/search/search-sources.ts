import { getTableName, type SQL, sql } from "drizzle-orm";
import type { Ctx } from "../../platform/context";
import { visibleActivities } from "../activities/activity-access";
import { activities } from "../activities/tables";
import { companies } from "../companies/tables";
import { contacts } from "../contacts/tables";
import { deals, stages } from "../deals/tables";
import { leads } from "../leads/tables";
import { DISPLAY_NAMES } from "../records/record-tables";
import { visibleRecords } from "../records/visibility";
import { tasks } from "../tasks/tables";
import type { PreparedQuery } from "./search-query";

// How one row of each record type reads as a search result, titled with the type's display name;
// the record-type registry (records/record-types.ts) holds each type's source. The search columns
// themselves (migration 0008_search, kept by triggers) are not in the Drizzle tables on purpose:
// only the candidates function (0012, 0014, 0015) reads them.

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

export const contactSearch: SearchSource = {
  table: contacts,
  visible: (ctx) => visibleRecords(ctx, contacts, "contacts"),
  title: DISPLAY_NAMES.contacts,
  subtitle: sql<string | null>`nullif(concat_ws(' · ', ${contacts.email}, ${contacts.title}), '')`,
  kind: nothing,
  linkType: sql<string>`'contacts'`,
  linkId: sql<string>`${contacts.id}`,
  body: nothing,
};

export const companySearch: SearchSource = {
  table: companies,
  visible: (ctx) => visibleRecords(ctx, companies, "companies"),
  title: DISPLAY_NAMES.companies,
  subtitle: sql<string | null>`nullif(concat_ws(' · ', ${companies.domain}, ${companies.industry}), '')`,
  kind: nothing,
  linkType: sql<string>`'companies'`,
  linkId: sql<string>`${companies.id}`,
  body: nothing,
};

export const leadSearch: SearchSource = {
  table: leads,
  visible: (ctx) => visibleRecords(ctx, leads, "leads"),
  title: DISPLAY_NAMES.leads,
  subtitle: sql<string | null>`nullif(concat_ws(' · ', ${leads.email}, ${leads.companyName}), '')`,
  kind: sql<string>`${leads.status}`,
  linkType: sql<string>`'leads'`,
  linkId: sql<string>`${leads.id}`,
  body: nothing,
};

export const dealSearch: SearchSource = {
  table: deals,
  visible: (ctx) => visibleRecords(ctx, deals, "deals"),
  title: DISPLAY_NAMES.deals,
  subtitle: sql<string | null>`(select ${stages.name} from ${stages} where ${stages.id} = ${deals.stageId})`,
  kind: sql<string | null>`${deals.outcome}`,
  linkType: sql<string>`'deals'`,
  linkId: sql<string>`${deals.id}`,
  body: nothing,
};

export const activitySearch: SearchSource = {
  table: activities,
  visible: (ctx) => visibleActivities(ctx),
  title: DISPLAY_NAMES.activities,
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
};

export const taskSearch: SearchSource = {
  table: tasks,
  visible: (ctx) => visibleRecords(ctx, tasks, "tasks"),
  title: DISPLAY_NAMES.tasks,
  subtitle: nothing,
  kind: sql<string>`${tasks.status}`,
  linkType: sql<string>`'tasks'`,
  linkId: sql<string>`${tasks.id}`,
  body: sql<string>`${tasks.notes}`,
};

/**
 * Rows a search query matches, from the candidates function (migrations 0012, 0014, 0015): ids and
 * scores, at most `scan` rows read per way of matching, the ways after full text only while fewer
 * than `enough` rows were found. `words` are the tsqueries of the org's
 * vocabulary words alike to the query's typo words (crm_search_fuzzy_tsquery) and containing its
 * runs of letters and digits (crm_search_inside_tsquery); null for none.
 */
export function candidatesSql(
  source: SearchSource,
  q: PreparedQuery,
  reads: { scan: number; enough: number },
  words: { typos: SQL; inside: SQL },
): SQL {
  return sql`crm_search_candidates(${getTableName(source.table)}::regclass, ${q.text}, ${q.tsquery}, ${q.contains}, ${q.startsWith}, ${q.digits ?? ""}, ${reads.scan}, ${reads.enough}, ${words.typos}, ${words.inside})`;
}

/** The typo words as a text[] (a JSON array, so that no driver has to encode an array parameter). */
export const typoWordsSql = (q: PreparedQuery): SQL =>
  sql`array(select jsonb_array_elements_text(${JSON.stringify(q.typoWords)}::jsonb))`;
