import { index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organizations } from "../orgs/tables";

export const DUPLICATE_OBJECTS = ["contacts", "companies"] as const;
export type DuplicateObject = (typeof DUPLICATE_OBJECTS)[number];

/** A pair someone marked "not a duplicate"; stored with recordA < recordB so each pair has one row. */
export const duplicateDismissals = pgTable(
  "duplicate_dismissals",
  {
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    object: text("object").$type<DuplicateObject>().notNull(),
    recordA: uuid("record_a").notNull(),
    recordB: uuid("record_b").notNull(),
    dismissedBy: uuid("dismissed_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.object, t.recordA, t.recordB] })],
);

/**
 * One merge: the survivor, the records merged into it (soft-deleted), and the audit entry that holds
 * the before state of every row the merge touched, which undo restores.
 */
export const recordMerges = pgTable(
  "record_merges",
  {
    id: uuid("id").primaryKey(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    object: text("object").$type<DuplicateObject>().notNull(),
    survivorId: uuid("survivor_id").notNull(),
    mergedIds: uuid("merged_ids").array().notNull(),
    auditId: uuid("audit_id").notNull(),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    undoneAt: timestamp("undone_at", { withTimezone: true, precision: 3 }),
    undoneBy: uuid("undone_by"),
  },
  (t) => [
    index("record_merges_survivor_idx").on(t.orgId, t.object, t.survivorId),
    index("record_merges_merged_idx").using("gin", t.mergedIds),
  ],
);

export type RecordMerge = typeof recordMerges.$inferSelect;
