import { bigint, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organizations } from "../orgs/tables";
import type {
  DuplicatePolicy,
  ImportFileType,
  ImportMapping,
  ImportObject,
  ImportStatus,
  UnknownOwnerPolicy,
} from "./schemas";

const orgId = () =>
  uuid("org_id")
    .notNull()
    .references(() => organizations.id, { onDelete: "cascade" });

export const imports = pgTable(
  "imports",
  {
    id: uuid("id").primaryKey(),
    orgId: orgId(),
    object: text("object").$type<ImportObject>().notNull(),
    status: text("status").$type<ImportStatus>().notNull(),
    /** Its key in the file store (platform/storage): imports/<org>/<id>/source.<type>. */
    filePath: text("file_path").notNull(),
    fileName: text("file_name").notNull(),
    fileType: text("file_type").$type<ImportFileType>().notNull(),
    fileSize: bigint("file_size", { mode: "number" }).notNull(),
    headers: jsonb("headers").$type<string[]>().notNull().default([]),
    mapping: jsonb("mapping").$type<ImportMapping>().notNull().default({}),
    onDuplicate: text("on_duplicate").$type<DuplicatePolicy>().notNull().default("skip"),
    unknownOwner: text("unknown_owner").$type<UnknownOwnerPolicy>().notNull().default("importer"),
    imported: integer("imported").notNull().default(0),
    updated: integer("updated").notNull().default(0),
    skipped: integer("skipped").notNull().default(0),
    errored: integer("errored").notNull().default(0),
    /** Rows imported whose owner matched no member: the importer's, or nobody's for a key with no user. */
    unknownOwners: integer("unknown_owners").notNull().default(0),
    processedRows: integer("processed_rows").notNull().default(0),
    totalEstimate: integer("total_estimate"),
    /** Data rows up to this index (1 = first row after the header) are committed; a resumed run starts after it. */
    checkpointRow: integer("checkpoint_row").notNull().default(0),
    failureMessage: text("failure_message"),
    createdBy: uuid("created_by"),
    /** The API key that started it (a key is an actor of its own; a CLI-made key has no user). */
    createdByApiKey: uuid("created_by_api_key"),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    startedAt: timestamp("started_at", { withTimezone: true, precision: 3 }),
    finishedAt: timestamp("finished_at", { withTimezone: true, precision: 3 }),
    rolledBackAt: timestamp("rolled_back_at", { withTimezone: true, precision: 3 }),
  },
  (t) => [
    index("imports_org_created_idx").on(t.orgId, t.createdAt),
    index("imports_status_idx").on(t.status),
  ],
);

export const importErrors = pgTable(
  "import_errors",
  {
    id: uuid("id").primaryKey(),
    orgId: orgId(),
    importId: uuid("import_id")
      .notNull()
      .references(() => imports.id, { onDelete: "cascade" }),
    /** Spreadsheet row number: the header is row 1, the first data row is row 2. */
    row: integer("row").notNull(),
    message: text("message").notNull(),
    raw: jsonb("raw").$type<Record<string, string>>().notNull(),
  },
  (t) => [index("import_errors_import_idx").on(t.orgId, t.importId, t.row)],
);

/** Every record an import created or updated, so a rollback removes and restores exactly that. */
export const importChanges = pgTable(
  "import_changes",
  {
    id: uuid("id").primaryKey(),
    orgId: orgId(),
    importId: uuid("import_id")
      .notNull()
      .references(() => imports.id, { onDelete: "cascade" }),
    object: text("object").$type<ImportObject>().notNull(),
    recordId: uuid("record_id").notNull(),
    kind: text("kind").$type<"created" | "updated">().notNull(),
    /** The whole row before an update (to_jsonb of the record), restored by a rollback. */
    before: jsonb("before"),
  },
  (t) => [index("import_changes_import_idx").on(t.orgId, t.importId, t.kind)],
);

export const importMappingTemplates = pgTable(
  "import_mapping_templates",
  {
    id: uuid("id").primaryKey(),
    orgId: orgId(),
    name: text("name").notNull(),
    object: text("object").$type<ImportObject>().notNull(),
    mapping: jsonb("mapping").$type<ImportMapping>().notNull(),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("import_templates_org_idx").on(t.orgId, t.object, t.name)],
);

export type Import = typeof imports.$inferSelect;
export type ImportError = typeof importErrors.$inferSelect;
export type ImportMappingTemplate = typeof importMappingTemplates.$inferSelect;
