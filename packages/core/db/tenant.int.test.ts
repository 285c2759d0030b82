import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createApiKey } from "../modules/api-keys/create-api-key";
import { apiKeys } from "../modules/api-keys/tables";
import { auditLog } from "../modules/audit/tables";
import { createTestOrg } from "../test/factories";
import { useTestDatabase } from "../test/test-database";
import { executeRows } from "./execute-rows";
import { inSavepoint, withOrg } from "./tenant";

const db = useTestDatabase();

describe("row-level security", () => {
  it("hides org A's rows from a deliberately unfiltered query in org B's context", async () => {
    const a = await createTestOrg("A");
    const b = await createTestOrg("B");
    await createApiKey(a.ctx, { name: "a-key", role: "rep" });
    await createApiKey(b.ctx, { name: "b-key", role: "rep" });

    // No WHERE org_id = … on purpose: only RLS stands between B and A's rows.
    const keysSeenByB = await withOrg(b.ctx, (tx) => tx.select().from(apiKeys));
    const auditSeenByB = await withOrg(b.ctx, (tx) => tx.select().from(auditLog));

    expect(keysSeenByB.map((k) => k.name)).toEqual(["b-key"]);
    expect(auditSeenByB.length).toBeGreaterThan(0);
    expect(auditSeenByB.every((row) => row.orgId === b.orgId)).toBe(true);
    // The owner connection still sees both, so the rows really exist.
    const all = await db.handle.db.select().from(apiKeys);
    expect(all.map((k) => k.name).sort()).toEqual(["a-key", "b-key"]);
  });

  it("refuses to write a row into another org", async () => {
    const a = await createTestOrg("A");
    const b = await createTestOrg("B");
    const error = await withOrg(b.ctx, (tx) =>
      tx.insert(auditLog).values({ id: crypto.randomUUID(), orgId: a.orgId, action: "x", entityType: "x" }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(String((error as Error).cause)).toMatch(/row-level security/);
  });

  it("runs tenant transactions as the non-owner role", async () => {
    const a = await createTestOrg("A");
    const [role] = await withOrg(a.ctx, (tx) =>
      executeRows<{ role: string }>(tx, sql`select current_user as role`),
    );
    expect(role?.role).toBe("crm_app");
  });

  it("protects every table that has an org_id column", async () => {
    const { rows } = await db.handle.executeSql(
      `select c.relname as name, c.relrowsecurity as rls,
              exists (select 1 from pg_policy p where p.polrelid = c.oid and p.polname = 'tenant_isolation') as policy
         from pg_class c
         join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r'
          and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'org_id' and not a.attisdropped)`,
      [],
    );
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const row of rows)
      expect({ table: row.name, rls: row.rls, policy: row.policy }).toEqual({
        table: row.name,
        rls: true,
        policy: true,
      });
  });
});

// On PostgreSQL withOrg opens its transaction in one simple query (pg-org-transaction.ts); these hold
// on both drivers: it commits, rolls back as a whole, keeps savepoints, and hands back clean connections.
describe("org transactions", () => {
  const auditRow = (orgId: string, action: string) => ({
    id: crypto.randomUUID(),
    orgId,
    action,
    entityType: "test",
  });
  const actions = async (orgId: string) =>
    (await db.handle.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.orgId, orgId)))
      .map((r) => r.action)
      .filter((a) => a.startsWith("tx-"))
      .sort();

  it("commits what the function wrote and answers its value", async () => {
    const a = await createTestOrg("A");
    const value = await withOrg(a.ctx, async (tx) => {
      await tx.insert(auditLog).values(auditRow(a.orgId, "tx-committed"));
      return 42;
    });
    expect(value).toBe(42);
    expect(await actions(a.orgId)).toEqual(["tx-committed"]);
  });

  it("undoes every write when the function fails, and the next transactions still work", async () => {
    const a = await createTestOrg("A");
    const error = await withOrg(a.ctx, async (tx) => {
      await tx.insert(auditLog).values(auditRow(a.orgId, "tx-undone"));
      await tx.execute(sql`select 1 / 0`);
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    // More transactions than the pool has connections: none may be left inside the failed one.
    const roles = await Promise.all(
      Array.from({ length: 12 }, () =>
        withOrg(a.ctx, (tx) =>
          executeRows<{ role: string; org: string }>(
            tx,
            sql`select current_user as role, current_setting('app.org_id') as org`,
          ),
        ),
      ),
    );
    expect(roles.flat()).toEqual(Array.from({ length: 12 }, () => ({ role: "crm_app", org: a.orgId })));
    expect(await actions(a.orgId)).toEqual([]);
  });

  it("keeps what a savepoint did when a later one fails", async () => {
    const a = await createTestOrg("A");
    await withOrg(a.ctx, async () => {
      await inSavepoint(() =>
        withOrg(a.ctx, (tx) => tx.insert(auditLog).values(auditRow(a.orgId, "tx-kept"))),
      );
      await inSavepoint(async () =>
        withOrg(a.ctx, async (tx) => {
          await tx.insert(auditLog).values(auditRow(a.orgId, "tx-dropped"));
          throw new Error("this record fails");
        }),
      ).catch(() => undefined);
    });
    expect(await actions(a.orgId)).toEqual(["tx-kept"]);
  });

  it("leaves the owner's connections as they were (no org, no app role)", async () => {
    const a = await createTestOrg("A");
    await withOrg(a.ctx, (tx) => tx.select().from(apiKeys));
    const owner = await Promise.all(
      Array.from({ length: 6 }, () =>
        db.handle.executeSql("select current_user as role, current_setting('app.org_id', true) as org"),
      ),
    );
    for (const { rows } of owner) {
      expect(rows[0]?.role).not.toBe("crm_app");
      expect(rows[0]?.org ?? "").toBe("");
    }
  });
});
