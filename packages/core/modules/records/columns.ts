import { sql } from "drizzle-orm";
import { jsonb, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "../auth/tables";
import { organizations } from "../orgs/tables";

// Columns every CRM record carries: tenant, owner, tags, custom fields, timestamps, soft delete.
export const recordColumns = () => ({
  id: uuid("id").primaryKey(),
  orgId: uuid("org_id")
    .notNull()
    .references(() => organizations.id, { onDelete: "cascade" }),
  ownerId: uuid("owner_id").references(() => users.id, { onDelete: "set null" }),
  tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
  custom: jsonb("custom").$type<Record<string, unknown>>().notNull().default({}),
  createdBy: uuid("created_by"),
  // Millisecond precision, like JavaScript dates, so keyset cursors round-trip exactly.
  createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  deletedAt: timestamp("deleted_at", { withTimezone: true, precision: 3 }),
});
