import { boolean, index, integer, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { companies } from "../companies/tables";
import { recordColumns } from "../records/columns";
import type { LeadStatus } from "../records/enums";

export type Phone = { label: string; number: string };

export const contacts = pgTable(
  "contacts",
  {
    ...recordColumns(),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull().default(""),
    email: text("email"),
    emails: text("emails").array().notNull().default([]),
    phones: jsonb("phones").$type<Phone[]>().notNull().default([]),
    title: text("title"),
    companyId: uuid("company_id").references(() => companies.id, { onDelete: "set null" }),
    leadStatus: text("lead_status").$type<LeadStatus>().notNull().default("new"),
    leadScore: integer("lead_score").notNull().default(0),
    source: text("source"),
    doNotContact: boolean("do_not_contact").notNull().default(false),
  },
  (t) => [
    index("contacts_org_updated_idx").on(t.orgId, t.updatedAt, t.id),
    // New contacts since a date (dashboard) and the list sorted by creation.
    index("contacts_org_created_idx").on(t.orgId, t.createdAt, t.id),
    index("contacts_org_last_name_idx").on(t.orgId, t.lastName, t.id),
    index("contacts_org_email_idx").on(t.orgId, t.email),
    index("contacts_org_company_idx").on(t.orgId, t.companyId),
    // Owner (+ status) filters read the list in its default order straight from this index.
    index("contacts_org_owner_status_updated_idx").on(t.orgId, t.ownerId, t.leadStatus, t.updatedAt, t.id),
    index("contacts_tags_idx").using("gin", t.tags),
  ],
);

export type Contact = typeof contacts.$inferSelect;
