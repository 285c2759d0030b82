import { index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "../auth/tables";
import { organizations } from "../orgs/tables";

/** A record shared with a user: reps see (and edit) records they own or that are shared with them. */
export const recordShares = pgTable(
  "record_shares",
  {
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    object: text("object").notNull(),
    recordId: uuid("record_id").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.object, t.recordId, t.userId] }),
    index("record_shares_user_idx").on(t.orgId, t.userId, t.object),
  ],
);
