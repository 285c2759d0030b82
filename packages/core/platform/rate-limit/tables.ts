import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

// Fixed-window counters; PostgreSQL is the only store, so limits hold across processes.
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  count: integer("count").notNull(),
  windowEndsAt: timestamp("window_ends_at", { withTimezone: true }).notNull(),
  lockedUntil: timestamp("locked_until", { withTimezone: true }),
});
