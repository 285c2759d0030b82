import { boolean, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organizations } from "../orgs/tables";

/** A saved list view: filters, sort and columns; private to its owner or shared with the org. */
export const savedViews = pgTable(
  "saved_views",
  {
    id: uuid("id").primaryKey(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    object: text("object").notNull(),
    name: text("name").notNull(),
    ownerId: uuid("owner_id").notNull(),
    shared: boolean("shared").notNull().default(false),
    state: jsonb("state").$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("saved_views_org_object_idx").on(t.orgId, t.object)],
);
