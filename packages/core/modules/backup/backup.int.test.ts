import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, openDatabase } from "../../db/client";
import { executeRows } from "../../db/execute-rows";
import { AppError } from "../../platform/errors";
import { addTestMember, createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { authenticateApiKey } from "../api-keys/authenticate-api-key";
import { createApiKey } from "../api-keys/create-api-key";
import { revokeApiKey } from "../api-keys/revoke-api-key";
import { createContact } from "../contacts/create-contact";
import { refreshDuplicates } from "../duplicates/scan-duplicates";
import { createExchangeRate } from "../exchange-rates/create-exchange-rate";
import { sendMail } from "../mail/send-mail";
import { updateOrgSettings } from "../orgs/update-org-settings";
import { backupDatabase } from "./backup";
import { restoreDatabase } from "./restore";
import { listTablesInDependencyOrder } from "./table-order";

const db = useTestDatabase();
const dir = mkdtempSync(path.join(tmpdir(), "crm-backup-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every row of every public table as canonical JSON text (UTC timestamps), sorted. */
async function snapshot(handle: DatabaseHandle): Promise<Record<string, string[]>> {
  const tables = await listTablesInDependencyOrder(handle);
  const out: Record<string, string[]> = {};
  await handle.db.transaction(async (tx) => {
    await tx.execute(sql`set local timezone = 'UTC'`);
    for (const table of tables) {
      const rows = await executeRows<{ r: string }>(
        tx,
        sql`select row_to_json(t)::text as r from ${sql.identifier(table)} t`,
      );
      // Sorted in JS: PGlite and PostgreSQL may collate text differently.
      out[table] = rows.map((row) => row.r).sort();
    }
  });
  return out;
}

const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => e,
  );

describe("backup and restore", () => {
  it(`copies every row of every table from ${process.env.TEST_DB ?? "pglite"} into a fresh PGlite`, async () => {
    const a = await createTestOrg("Alpha");
    const b = await createTestOrg("Beta");
    await addTestMember(a.orgId, "rep");
    const aKey = await createApiKey(a.ctx, { name: "alpha key", role: "manager" });
    const revoked = await createApiKey(b.ctx, { name: "beta old", role: "rep" });
    await createApiKey(b.ctx, { name: 'beta key ünïcode "quoted" \\ back', role: "readonly" });
    await revokeApiKey(b.ctx, revoked.id);
    await authenticateApiKey(aKey.key); // sets last_used_at
    await updateOrgSettings(a.ctx, { name: "Alpha GmbH", defaultCurrency: "EUR", timeZone: "Europe/Berlin" });
    await updateOrgSettings(b.ctx, { name: "Beta Ltd", defaultCurrency: "GBP", timeZone: "Europe/London" });
    await createExchangeRate(a.ctx, { currency: "CHF", rate: 0.9412, validFrom: "2026-01-02" });
    await createContact(a.ctx, { firstName: "Ada", lastName: "Lovelace", email: "ada@example.test" });
    await createContact(a.ctx, { firstName: "Ada", lastName: "Lovelace", email: "ada@example.test" });
    await refreshDuplicates(a.orgId, "contacts");
    // Only mail an org sends is kept (in its dev mailbox); other mail goes to the log.
    await sendMail({
      orgId: a.orgId,
      to: a.email,
      subject: "Hello",
      text: "line one\nline two",
      link: "https://example.test/x",
    });

    const source = await snapshot(db.handle);
    // Guard against a vacuous comparison: the data this test made is really there.
    expect(source.organizations).toHaveLength(2);
    expect(source.users).toHaveLength(3);
    expect(source.members).toHaveLength(3);
    expect(source.api_keys).toHaveLength(3);
    expect(source.org_settings).toHaveLength(2);
    expect(source.dev_mails).toHaveLength(1);
    expect(source.exchange_rates).toHaveLength(1);
    expect(source.duplicate_pairs).toHaveLength(1);
    expect(source.audit_log?.length).toBeGreaterThanOrEqual(7);

    const file = path.join(dir, `backup-${db.kind}.ndjson.gz`);
    const written = await backupDatabase(db.handle, file);
    expect(written.tables.api_keys).toBe(3);

    const fresh = await openDatabase({ kind: "pglite", dataDir: null });
    try {
      const restored = await restoreDatabase(fresh, file);
      expect(restored.tables).toEqual(
        Object.fromEntries(Object.entries(written.tables).filter(([, n]) => n > 0)),
      );

      const target = await snapshot(fresh);
      expect(Object.keys(target).sort()).toEqual(Object.keys(source).sort());
      for (const table of Object.keys(source))
        expect({ table, rows: target[table] }).toEqual({ table, rows: source[table] });

      // The restored database works, not just holds the rows: RLS and the key hash still do their job.
      const { rows } = await fresh.executeSql(
        "select org_id from api_keys where key_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex') and revoked_at is null",
        [aKey.key],
      );
      expect(rows).toEqual([{ org_id: a.orgId }]);

      // A second restore into the now populated database is refused and changes nothing.
      const error = await errorOf(restoreDatabase(fresh, file));
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("conflict");
      expect(await snapshot(fresh)).toEqual(source);
    } finally {
      await fresh.close();
    }
  });

  it("refuses to restore into the non-empty source database", async () => {
    await createTestOrg("Gamma");
    const before = await snapshot(db.handle);
    const file = path.join(dir, `self-${db.kind}.ndjson.gz`);
    await backupDatabase(db.handle, file);
    const error = await errorOf(restoreDatabase(db.handle, file));
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("conflict");
    expect(await snapshot(db.handle)).toEqual(before);
  });
});
