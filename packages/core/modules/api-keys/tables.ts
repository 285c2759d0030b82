import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "../auth/tables";
import { organizations, type Role } from "../orgs/tables";

// Keys belong to an organization and carry a role, not a user's full rights.
export const apiKeys = pgTable(
  "api_keys",
  {
    id: uuid("id").primaryKey(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    role: text("role").$type<Role>().notNull(),
    prefix: text("prefix").notNull(),
    keyHash: text("key_hash").notNull().unique(),
    /**
     * The member the key acts for; null for a key of its own (made by the CLI). Deleting the user
     * deletes their keys: "set null" would turn them into keys of their own with their full role.
     */
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("api_keys_org_idx").on(t.orgId, t.createdAt)],
);

export type ApiKey = typeof apiKeys.$inferSelect;
