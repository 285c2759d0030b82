import { type AnyColumn, and, asc, eq, getTableColumns, type SQL, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Tx } from "../../db/client";
import { activities } from "../activities/tables";
import { auditLog } from "../audit/tables";
import { users } from "../auth/tables";
import { companies } from "../companies/tables";
import { contacts } from "../contacts/tables";
import { customFieldDefinitions } from "../custom-fields/tables";
import { dealContacts, deals, pipelines, stages } from "../deals/tables";
import { exchangeRates } from "../exchange-rates/tables";
import { leads } from "../leads/tables";
import { notifications } from "../notifications/tables";
import { members, orgSettings } from "../orgs/tables";
import { recordShares } from "../records/shares-table";
import { tasks } from "../tasks/tables";
import { savedViews } from "../views/tables";
import type { Cell } from "./csv";

// The tables a full organization export writes, one CSV each, with every column as stored (ids,
// minor units, JSON), so the data can be loaded anywhere. Trashed records are included: they are
// the org's data too.

export type OrgExportBatch = { header: string[]; rows: Cell[][]; last: unknown[] | null };

export type OrgExportTable = {
  file: string;
  /** Reads up to `limit` rows after the keyset position `after` (null: from the start). */
  read(tx: Tx, orgId: string, after: unknown[] | null, limit: number): Promise<OrgExportBatch>;
};

function tableReader(file: string, table: PgTable, orgColumn: AnyColumn, keys: AnyColumn[]): OrgExportTable {
  const columns = Object.entries(getTableColumns(table));
  return {
    file,
    async read(tx, orgId, after, limit) {
      const position = after
        ? sql`(${sql.join(keys, sql`, `)}) > (${sql.join(
            after.map((v) => sql`${v}`),
            sql`, `,
          )})`
        : undefined;
      const rows: Record<string, unknown>[] = await tx
        .select()
        .from(table)
        .where(and(eq(orgColumn, orgId), position) as SQL)
        .orderBy(...keys.map((k) => asc(k)))
        .limit(limit);
      const keyNames = keys.map((k) => columns.find(([, c]) => c === k)?.[0] ?? "");
      const lastRow = rows[rows.length - 1];
      return {
        header: columns.map(([, c]) => c.name),
        rows: rows.map((row) => columns.map(([name]) => storedCell(row[name]))),
        last: lastRow ? keyNames.map((k) => lastRow[k]) : null,
      };
    },
  };
}

/** Members with the names and emails their ids stand for everywhere else in the export. */
const memberReader: OrgExportTable = {
  file: "members",
  async read(tx, orgId, after, limit) {
    const rows = await tx
      .select({
        id: members.id,
        userId: users.id,
        name: users.name,
        email: users.email,
        role: members.role,
        joinedAt: members.createdAt,
      })
      .from(members)
      .innerJoin(users, eq(users.id, members.userId))
      .where(
        and(eq(members.organizationId, orgId), after ? sql`${members.id} > ${after[0]}` : undefined) as SQL,
      )
      .orderBy(asc(members.id))
      .limit(limit);
    const lastRow = rows[rows.length - 1];
    return {
      header: ["id", "user_id", "name", "email", "role", "joined_at"],
      rows: rows.map((r) => [r.id, r.userId, r.name, r.email, r.role, r.joinedAt]),
      last: lastRow ? [lastRow.id] : null,
    };
  },
};

export const ORG_EXPORT_TABLES: OrgExportTable[] = [
  tableReader("org_settings", orgSettings, orgSettings.orgId, [orgSettings.orgId]),
  memberReader,
  tableReader("companies", companies, companies.orgId, [companies.id]),
  tableReader("contacts", contacts, contacts.orgId, [contacts.id]),
  tableReader("leads", leads, leads.orgId, [leads.id]),
  tableReader("pipelines", pipelines, pipelines.orgId, [pipelines.id]),
  tableReader("stages", stages, stages.orgId, [stages.id]),
  tableReader("deals", deals, deals.orgId, [deals.id]),
  tableReader("deal_contacts", dealContacts, dealContacts.orgId, [
    dealContacts.dealId,
    dealContacts.contactId,
  ]),
  tableReader("activities", activities, activities.orgId, [activities.id]),
  tableReader("tasks", tasks, tasks.orgId, [tasks.id]),
  tableReader("custom_field_definitions", customFieldDefinitions, customFieldDefinitions.orgId, [
    customFieldDefinitions.id,
  ]),
  tableReader("exchange_rates", exchangeRates, exchangeRates.orgId, [exchangeRates.id]),
  tableReader("saved_views", savedViews, savedViews.orgId, [savedViews.id]),
  tableReader("record_shares", recordShares, recordShares.orgId, [
    recordShares.object,
    recordShares.recordId,
    recordShares.userId,
  ]),
  tableReader("notifications", notifications, notifications.orgId, [notifications.id]),
  tableReader("audit_log", auditLog, auditLog.orgId, [auditLog.id]),
];

/**
 * Tenant tables deliberately left out, with why. A test checks that every table with an org column
 * is in one list or the other, so a new table cannot silently miss the export.
 */
export const ORG_EXPORT_EXCLUDED: Record<string, string> = {
  organizations: "the organization itself is described in manifest.json",
  invitations: "pending invitations hold sign-up tokens",
  api_keys: "credentials (hashed) are not portable data",
  dev_mails: "development mailbox, not CRM data",
  imports: "import runs are operational history; what they imported is in the record files",
  import_errors: "operational history of import runs",
  import_changes: "rollback bookkeeping of import runs",
  import_mapping_templates: "tool settings for the import screen",
  duplicate_dismissals: "review-screen state of the duplicates tool",
  record_merges: "undo bookkeeping of merges; merged records are in the record files",
  deal_stage_totals: "running totals derived from deals (in deals.csv)",
  duplicate_pairs: "likely duplicates the duplicate scan derives from the records; a new scan rebuilds them",
  duplicate_scans: "progress of the duplicate scan job, not CRM data",
  webhook_subscriptions: "integration settings holding signing secrets (encrypted), not portable data",
  webhook_messages: "the outbox of events already sent or being sent to subscribers",
  webhook_deliveries: "the delivery log of webhook attempts, operational history",
};

/** A stored value as a cell: dates ISO 8601 UTC, arrays and objects as JSON. */
function storedCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (
    value instanceof Date ||
    typeof value === "string" ||
    typeof value === "number" ||
    typeof value === "boolean"
  )
    return value;
  if (typeof value === "bigint") return value.toString();
  return JSON.stringify(value);
}
