import { index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { companies } from "../companies/tables";
import { contacts } from "../contacts/tables";
import { deals } from "../deals/tables";
import { recordColumns } from "../records/columns";
import type { ActivityType, CallOutcome, Direction } from "../records/enums";

export const activities = pgTable(
  "activities",
  {
    ...recordColumns(),
    type: text("type").$type<ActivityType>().notNull(),
    subject: text("subject").notNull().default(""),
    /** Sanitized HTML. */
    body: text("body").notNull().default(""),
    direction: text("direction").$type<Direction>(),
    durationMinutes: integer("duration_minutes"),
    /** Calls only: connected, no answer, voicemail, busy, wrong number. */
    callOutcome: text("call_outcome").$type<CallOutcome>(),
    occurredAt: timestamp("occurred_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    contactId: uuid("contact_id").references(() => contacts.id, { onDelete: "set null" }),
    companyId: uuid("company_id").references(() => companies.id, { onDelete: "set null" }),
    dealId: uuid("deal_id").references(() => deals.id, { onDelete: "set null" }),
    /** For system entries: what happened (stage change, owner change, conversion). */
    event: jsonb("event").$type<Record<string, unknown>>(),
  },
  (t) => [
    index("activities_contact_idx").on(t.orgId, t.contactId, t.occurredAt),
    index("activities_company_idx").on(t.orgId, t.companyId, t.occurredAt),
    index("activities_deal_idx").on(t.orgId, t.dealId, t.occurredAt),
    index("activities_org_occurred_idx").on(t.orgId, t.occurredAt, t.id),
  ],
);

export type Activity = typeof activities.$inferSelect;
