import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { companies } from "../companies/tables";
import { contacts } from "../contacts/tables";
import { deals } from "../deals/tables";
import { recordColumns } from "../records/columns";
import type { TaskPriority, TaskStatus } from "../records/enums";

// ownerId is the assignee.
export const tasks = pgTable(
  "tasks",
  {
    ...recordColumns(),
    title: text("title").notNull(),
    notes: text("notes").notNull().default(""),
    dueAt: timestamp("due_at", { withTimezone: true, precision: 3 }),
    priority: text("priority").$type<TaskPriority>().notNull().default("normal"),
    status: text("status").$type<TaskStatus>().notNull().default("open"),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    reminderSentAt: timestamp("reminder_sent_at", { withTimezone: true }),
    contactId: uuid("contact_id").references(() => contacts.id, { onDelete: "set null" }),
    companyId: uuid("company_id").references(() => companies.id, { onDelete: "set null" }),
    dealId: uuid("deal_id").references(() => deals.id, { onDelete: "set null" }),
  },
  (t) => [
    index("tasks_org_owner_due_idx").on(t.orgId, t.ownerId, t.status, t.dueAt),
    index("tasks_org_updated_idx").on(t.orgId, t.updatedAt, t.id),
    index("tasks_due_reminder_idx").on(t.dueAt, t.reminderSentAt),
    // A record page's tasks, and the foreign keys' ON DELETE SET NULL.
    index("tasks_org_contact_idx").on(t.orgId, t.contactId),
    index("tasks_org_company_idx").on(t.orgId, t.companyId),
    index("tasks_org_deal_idx").on(t.orgId, t.dealId),
  ],
);

export type Task = typeof tasks.$inferSelect;
