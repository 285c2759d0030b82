import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { companies } from "../companies/tables";
import { contacts } from "../contacts/tables";
import { organizations } from "../orgs/tables";
import { recordColumns } from "../records/columns";
import type { DealOutcome, StageKind } from "../records/enums";

export const pipelines = pgTable(
  "pipelines",
  {
    id: uuid("id").primaryKey(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    position: integer("position").notNull().default(0),
    isDefault: boolean("is_default").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("pipelines_org_idx").on(t.orgId, t.position)],
);

export const stages = pgTable(
  "stages",
  {
    id: uuid("id").primaryKey(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    pipelineId: uuid("pipeline_id")
      .notNull()
      .references(() => pipelines.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    position: integer("position").notNull(),
    probability: integer("probability").notNull(),
    kind: text("kind").$type<StageKind>().notNull().default("open"),
  },
  (t) => [index("stages_pipeline_idx").on(t.orgId, t.pipelineId, t.position)],
);

export const deals = pgTable(
  "deals",
  {
    ...recordColumns(),
    title: text("title").notNull(),
    value: bigint("value", { mode: "number" }).notNull().default(0),
    currency: text("currency").notNull(),
    pipelineId: uuid("pipeline_id")
      .notNull()
      .references(() => pipelines.id),
    stageId: uuid("stage_id")
      .notNull()
      .references(() => stages.id),
    probability: integer("probability").notNull(),
    expectedCloseDate: date("expected_close_date"),
    actualCloseDate: date("actual_close_date"),
    outcome: text("outcome").$type<DealOutcome>(),
    lostReason: text("lost_reason"),
    primaryContactId: uuid("primary_contact_id").references(() => contacts.id, { onDelete: "set null" }),
    companyId: uuid("company_id").references(() => companies.id, { onDelete: "set null" }),
    stageChangedAt: timestamp("stage_changed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("deals_org_updated_idx").on(t.orgId, t.updatedAt, t.id),
    // The board's first cards per stage come in order from this index (one short scan per stage).
    index("deals_board_stage_updated_idx")
      .on(t.orgId, t.pipelineId, t.stageId, t.updatedAt, t.id)
      .where(sql`${t.deletedAt} is null`),
    index("deals_org_owner_idx").on(t.orgId, t.ownerId),
    index("deals_org_close_idx").on(t.orgId, t.expectedCloseDate),
    index("deals_org_company_idx").on(t.orgId, t.companyId),
    index("deals_org_contact_idx").on(t.orgId, t.primaryContactId),
    index("deals_tags_idx").using("gin", t.tags),
    // Deals won in a date range (the dashboard's "won this month") without reading the others.
    index("deals_org_won_idx")
      .on(t.orgId, t.actualCloseDate)
      .where(sql`${t.outcome} = 'won' and ${t.deletedAt} is null`),
  ],
);

/**
 * Running totals of the deals not in the trash, per pipeline, stage, currency, owner and outcome,
 * kept by statement triggers on deals (migration 0011): the board and the dashboard read a few rows
 * here instead of aggregating every deal. Weighted value is the sum of each deal's rounded weighted
 * value, as the board computes it. Rows whose count fell to 0 stay (zero in every column).
 */
export const dealStageTotals = pgTable(
  "deal_stage_totals",
  {
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    pipelineId: uuid("pipeline_id").notNull(),
    stageId: uuid("stage_id")
      .notNull()
      .references(() => stages.id, { onDelete: "cascade" }),
    currency: text("currency").notNull(),
    ownerId: uuid("owner_id"),
    outcome: text("outcome").$type<DealOutcome>(),
    dealCount: integer("deal_count").notNull().default(0),
    value: numeric("value", { mode: "number" }).notNull().default(0),
    weightedValue: numeric("weighted_value", { mode: "number" }).notNull().default(0),
  },
  (t) => [
    unique("deal_stage_totals_key")
      .on(t.orgId, t.pipelineId, t.stageId, t.currency, t.ownerId, t.outcome)
      .nullsNotDistinct(),
  ],
);

/** Contacts on a deal beyond the primary one. */
export const dealContacts = pgTable(
  "deal_contacts",
  {
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    dealId: uuid("deal_id")
      .notNull()
      .references(() => deals.id, { onDelete: "cascade" }),
    contactId: uuid("contact_id")
      .notNull()
      .references(() => contacts.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.dealId, t.contactId] }),
    index("deal_contacts_contact_idx").on(t.orgId, t.contactId),
  ],
);

export type Pipeline = typeof pipelines.$inferSelect;
export type Stage = typeof stages.$inferSelect;
export type Deal = typeof deals.$inferSelect;
