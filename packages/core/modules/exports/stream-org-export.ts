import { once } from "node:events";
import { Readable } from "node:stream";
import { ZipArchive } from "archiver";
import { and, eq } from "drizzle-orm";
import { getDatabaseHandle, getDb } from "../../db/client";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { logger } from "../../platform/logger";
import { assertCan } from "../../platform/permissions";
import { recordAudit } from "../audit/record-audit";
import { auditLog } from "../audit/tables";
import { countAppliedMigrations } from "../backup/migration-state";
import { organizations } from "../orgs/tables";
import { CSV_BOM, csvLine } from "./csv";
import { ORG_EXPORT_TABLES, type OrgExportBatch, type OrgExportTable } from "./org-export-tables";

// The whole organization as a ZIP: one CSV per table plus manifest.json. Entries are written one
// after the other from keyset batches, each batch its own short transaction, and a batch is read
// only when the ZIP stream has room: memory stays flat and no connection is held by a slow client.

const BATCH_SIZE = 1000;
export const ORG_EXPORT_FORMAT = "crm-org-export/1";

export type OrgExportFile = { name: string; rows: number; columns: string[] };

export async function streamOrgExport(ctx: Ctx, now = new Date()) {
  assertCan(ctx, "org:export");
  const db = await getDb();
  const [org] = await db
    .select({ id: organizations.id, name: organizations.name, slug: organizations.slug })
    .from(organizations)
    .where(eq(organizations.id, ctx.orgId));
  if (!org) throw new AppError("not_found", "Organization not found");
  // The number of applied migrations: a loader knows which schema the files follow.
  const schemaVersion = await countAppliedMigrations(await getDatabaseHandle());

  // The entry is written before the first byte leaves (an export that cannot be audited does not
  // start); the files and completion are filled in when the archive ends.
  const auditId = await withOrg(ctx, (tx) =>
    recordAudit(tx, ctx, {
      action: "org.exported",
      entityType: "organization",
      entityId: ctx.orgId,
      after: { format: "zip", completed: false, files: [] },
    }),
  );
  const archive = new ZipArchive({ zlib: { level: 6 } });
  void writeEntries(ctx, archive, { org, schemaVersion, exportedAt: now, auditId });
  return {
    body: Readable.toWeb(archive) as ReadableStream<Uint8Array>,
    filename: `${org.slug}-export-${now.toISOString().slice(0, 10)}.zip`,
  };
}

async function writeEntries(
  ctx: Ctx,
  archive: ZipArchive,
  meta: {
    org: { id: string; name: string; slug: string };
    schemaVersion: number;
    exportedAt: Date;
    auditId: string;
  },
) {
  const files: OrgExportFile[] = [];
  let closed = false;
  let completed = false;
  const ended = Promise.race([once(archive, "close"), once(archive, "error")]).then(() => {
    closed = true;
  });
  try {
    for (const table of ORG_EXPORT_TABLES) {
      const file: OrgExportFile = { name: `${table.file}.csv`, rows: 0, columns: [] };
      const entry = Readable.from(tableCsv(ctx, table, file));
      archive.append(entry, { name: file.name, date: meta.exportedAt });
      await Promise.race([once(entry, "end"), ended]);
      if (closed) break;
      files.push(file);
    }
    if (!closed) {
      const manifest = {
        format: ORG_EXPORT_FORMAT,
        schemaVersion: meta.schemaVersion,
        organization: meta.org,
        exportedAt: meta.exportedAt.toISOString(),
        exportedBy: ctx.userId,
        encoding: "UTF-8 with BOM; RFC 4180; text starting with = + - @ is prefixed with '",
        files,
      };
      archive.append(`${JSON.stringify(manifest, null, 2)}\n`, {
        name: "manifest.json",
        date: meta.exportedAt,
      });
      await archive.finalize();
      completed = true;
    }
  } catch (error) {
    logger.error({ err: error, orgId: ctx.orgId }, "organization export failed");
    archive.destroy(error instanceof Error ? error : new Error(String(error)));
  }
  await withOrg(ctx, (tx) =>
    tx
      .update(auditLog)
      .set({ after: { format: "zip", completed, files } })
      .where(and(eq(auditLog.orgId, ctx.orgId), eq(auditLog.id, meta.auditId))),
  ).catch((error: unknown) => logger.error({ err: error }, "organization export audit failed"));
}

async function* tableCsv(ctx: Ctx, table: OrgExportTable, file: OrgExportFile): AsyncGenerator<string> {
  let after: unknown[] | null = null;
  let first = true;
  do {
    const position: unknown[] | null = after;
    const batch: OrgExportBatch = await withOrg(ctx, (tx) => table.read(tx, ctx.orgId, position, BATCH_SIZE));
    if (first) {
      file.columns = batch.header;
      yield CSV_BOM + csvLine(batch.header);
      first = false;
    }
    if (batch.rows.length > 0) yield batch.rows.map(csvLine).join("");
    file.rows += batch.rows.length;
    after = batch.rows.length === BATCH_SIZE ? batch.last : null;
  } while (after);
}
