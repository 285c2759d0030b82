import { and, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  // Uploaded files go to a scratch DATA_DIR, never the repository's data directory.
  process.env.DATA_DIR = `/tmp/crm-import-key-test-${process.pid}-${Date.now()}`;
});

import { getDb } from "../../db/client";
import { addTestMember, createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { authenticateApiKey } from "../api-keys/authenticate-api-key";
import { createApiKey } from "../api-keys/create-api-key";
import { revokeApiKey } from "../api-keys/revoke-api-key";
import { auditLog } from "../audit/tables";
import { contacts } from "../contacts/tables";
import { getImport } from "./get-import";
import { importCsv } from "./import-test-helpers";
import { listImports } from "./list-imports";
import { rollbackImport } from "./rollback-import";
import { startImport } from "./start-import";

// Regression: an import started with a key made by the CLI failed at once with "The person who
// started this import is no longer a member" (the key has no user). A key is an actor of its own.
useTestDatabase();

const CSV = "First Name,Last Name,Email\nAda,Lovelace,ada@example.com\nAlan,Turing,alan@example.com\n";

async function cliKeyCtx(orgId: string, role: "admin" | "manager" | "rep") {
  const created = await createApiKey({ orgId, userId: null, role: "admin" }, { name: `cli ${role}`, role });
  const ctx = await authenticateApiKey(created.key);
  if (!ctx) throw new Error("the key did not authenticate");
  return { ctx, keyId: created.id };
}

describe("imports started with an API key made by the CLI", () => {
  it("run end to end through the import job, audited as the key, and can be rolled back by it", async () => {
    const org = await createTestOrg("KeyImport");
    const { ctx, keyId } = await cliKeyCtx(org.orgId, "manager");
    expect(ctx.userId).toBeNull();

    // With no queue running in tests, createImport hands the import to the job handler inline.
    const done = await importCsv(ctx, "contacts", CSV);
    expect(done).toMatchObject({ status: "completed", imported: 2, errored: 0 });
    const db = await getDb();
    const rows = await db.select().from(contacts).where(eq(contacts.orgId, org.orgId));
    expect(rows.map((r) => r.email).sort()).toEqual(["ada@example.com", "alan@example.com"]);

    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, org.orgId), eq(auditLog.entityId, done.id)));
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["import.create", "import.complete"]));
    for (const entry of audit) expect(entry).toMatchObject({ actorApiKeyId: keyId, actorUserId: null });

    expect((await listImports(ctx)).map((i) => i.id)).toEqual([done.id]);
    await rollbackImport(ctx, done.id);
    expect(await db.select().from(contacts).where(eq(contacts.orgId, org.orgId))).toEqual([]);
  });

  it("a rep key sees its own imports only, not another CLI key's", async () => {
    const org = await createTestOrg("KeyImportRep");
    const first = await cliKeyCtx(org.orgId, "manager");
    const second = await cliKeyCtx(org.orgId, "rep");
    const done = await importCsv(first.ctx, "contacts", CSV);
    const code = await getImport(second.ctx, done.id).then(
      () => "visible",
      (e: { code?: string }) => e.code,
    );
    expect(code).toBe("not_found");
    expect(await listImports(second.ctx)).toEqual([]);
  });

  it("a key revoked before its queued import runs stops the import", async () => {
    const org = await createTestOrg("KeyImportRevoked");
    const { ctx, keyId } = await cliKeyCtx(org.orgId, "admin");
    const draft = await importCsv(ctx, "contacts", CSV, { draft: true });
    await revokeApiKey(org.ctx, keyId);
    // The admin starts the key's draft; the job runs with the rights of whoever created the import.
    await startImport(org.ctx, draft.id, {});
    const after = await getImport(org.ctx, draft.id);
    expect(after.status).toBe("failed");
    expect(after.failureMessage).toMatch(/API key that started this import has been revoked/);
  });

  // Regression (issue 12/13 follow-up): with the default unknownOwner=importer, rows whose owner
  // named nobody came in unowned from a key with no user, while the result said nothing about them.
  it("counts rows whose owner matches no member; a key with no user leaves them unowned", async () => {
    const org = await createTestOrg("KeyImportOwners");
    const rep = await addTestMember(org.orgId, "rep");
    const { ctx } = await cliKeyCtx(org.orgId, "admin");
    const csv = [
      "First Name,Email,Owner",
      `Ann,ann@example.com,${rep.email}`,
      "Ben,ben@example.com,Pipedrive Pete",
      "Cid,cid@example.com,",
      "Dee,dee@example.com,someone@elsewhere.example",
    ].join("\n");
    const done = await importCsv(ctx, "contacts", csv);
    expect(done).toMatchObject({
      status: "completed",
      unknownOwner: "importer",
      imported: 4,
      errored: 0,
      unknownOwners: 2,
      createdBy: null,
    });
    expect(await getImport(org.ctx, done.id)).toMatchObject({ unknownOwners: 2 });
    const db = await getDb();
    const rows = await db.select().from(contacts).where(eq(contacts.orgId, org.orgId));
    const owners = Object.fromEntries(rows.map((r) => [r.firstName, r.ownerId]));
    expect(owners).toEqual({ Ann: rep.userId, Ben: null, Cid: null, Dee: null });
    const [complete] = await db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.orgId, org.orgId),
          eq(auditLog.entityId, done.id),
          eq(auditLog.action, "import.complete"),
        ),
      );
    expect(complete?.after).toMatchObject({ imported: 4, unknownOwners: 2 });
  });
});
