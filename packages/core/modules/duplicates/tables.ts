import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  smallint,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { organizations } from "../orgs/tables";
import type { DuplicateObject } from "../records/record-type-info";
import type { DupeReason } from "./score-pair";

// Which record types have duplicates is said by the record-type registry.
export { DUPLICATE_OBJECTS, type DuplicateObject } from "../records/record-type-info";

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

/**
 * Likely duplicate pairs of an org, found by a scan (scan-duplicates.ts) and kept here so that the
 * Duplicates page reads a page of them by index instead of comparing records on every visit.
 * recordA < recordB; reasons as shown to the user; listed by score, then name similarity, best first (the
 * rank index read backwards).
 */
export const duplicatePairs = pgTable(
  "duplicate_pairs",
  {
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    object: text("object").$type<DuplicateObject>().notNull(),
    recordA: uuid("record_a").notNull(),
    recordB: uuid("record_b").notNull(),
    score: smallint("score").notNull(),
    nameSimilarity: real("name_similarity").notNull(),
    reasons: jsonb("reasons").$type<DupeReason[]>().notNull(),
    computedAt: timestamp("computed_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.object, t.recordA, t.recordB] }),
    index("duplicate_pairs_rank_idx").on(t.orgId, t.object, t.score, t.nameSimilarity, t.recordA, t.recordB),
    index("duplicate_pairs_record_b_idx").on(t.orgId, t.object, t.recordB),
  ],
);

/**
 * Where an org's duplicate scan stands, per object: `checkedUntil` is the start of the last scan
 * that finished (records changed after it are checked again); a full scan in progress keeps its
 * position (`cursor`, records in id order) so a restarted job resumes there.
 */
export const duplicateScans = pgTable(
  "duplicate_scans",
  {
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    object: text("object").$type<DuplicateObject>().notNull(),
    checkedUntil: timestamp("checked_until", { withTimezone: true, precision: 3 }),
    fullScanStartedAt: timestamp("full_scan_started_at", { withTimezone: true, precision: 3 }),
    cursor: uuid("cursor"),
    scanned: integer("scanned").notNull().default(0),
    requestedAt: timestamp("requested_at", { withTimezone: true, precision: 3 }),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.object] })],
);
