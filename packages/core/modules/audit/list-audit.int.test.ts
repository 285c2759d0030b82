// Regression: the audit log could only be paged from the newest entry; finding who deleted a deal
// last week meant reading every entry. Filters by who, what, record type and period run in SQL.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { withOrg } from "../../db/tenant";
import { addTestMember, createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { authenticateApiKey } from "../api-keys/authenticate-api-key";
import { createApiKey } from "../api-keys/create-api-key";
import { createCompany } from "../companies/create-company";
import { createContact } from "../contacts/create-contact";
import { createDeal } from "../deals/create-deal";
import { deleteDeal } from "../deals/delete-deal";
import { listAudit } from "./list-audit";
import { auditLog } from "./tables";

useTestDatabase();

describe("audit log filters", () => {
  it("narrows by actor, verb, record type and period, and stays inside the org", async () => {
    const org = await createTestOrg("Audit");
    const other = await createTestOrg("Audit other");
    const rep = await addTestMember(org.orgId, "rep");
    await createCompany(org.ctx, { name: "Initech" });
    const deal = await createDeal(org.ctx, { title: "TPS rollout" });
    await deleteDeal(org.ctx, deal.id);
    const contact = await createContact(rep.ctx, { firstName: "Rex" });
    await createDeal(other.ctx, { title: "Elsewhere" });

    const actions = async (filters: Parameters<typeof listAudit>[1]) =>
      (await listAudit(org.ctx, filters)).map((e) => `${e.action} ${e.entityId ?? ""}`.trim());

    expect(await actions({ filters: { entityType: "deal" } })).toEqual([
      `deal.delete ${deal.id}`,
      `deal.create ${deal.id}`,
    ]);
    expect(await actions({ filters: { verb: "delete" } })).toEqual([`deal.delete ${deal.id}`]);
    expect(await actions({ filters: { actorUserId: rep.userId } })).toEqual([`contact.create ${contact.id}`]);
    expect(
      await actions({ filters: { actorUserId: org.userId, verb: "create", entityType: "company" } }),
    ).toHaveLength(1);

    // An entry older than the period drops out of it.
    await withOrg(org.ctx, (tx) =>
      tx
        .update(auditLog)
        .set({ createdAt: new Date(Date.now() - 10 * 24 * 60 * 60 * 1000) })
        .where(eq(auditLog.entityId, contact.id)),
    );
    expect(await actions({ filters: { actorUserId: rep.userId, period: "week" } })).toEqual([]);
    expect(await actions({ filters: { actorUserId: rep.userId, period: "month" } })).toHaveLength(1);

    // Another org's entries never show, whatever the filter.
    expect(await actions({ filters: { entityType: "deal", verb: "create" } })).toEqual([
      `deal.create ${deal.id}`,
    ]);
    await expect(listAudit(org.ctx, { filters: { verb: "drop" as "delete" } })).rejects.toThrow();
  });
});

// Regression (issue 12/13 follow-up): a key's writes showed as just "API key" and a key made by the
// CLI as made by "System", with no way to tell which key. Entries carry the key's name.
describe("audit log: API keys by name", () => {
  it("names the key that acted and the key an entry is about, only from the same org", async () => {
    const org = await createTestOrg("AuditKeys");
    const other = await createTestOrg("AuditKeys other");
    // As the CLI makes it: no user.
    const created = await createApiKey(
      { orgId: org.orgId, userId: null, role: "admin" },
      { name: "Import", role: "manager" },
    );
    const keyCtx = await authenticateApiKey(created.key);
    if (!keyCtx) throw new Error("the key did not authenticate");
    const company = await createCompany(keyCtx, { name: "Via key" });
    // Another org's key with the same id in an entry of this org never lends its name.
    const foreign = await createApiKey(other.ctx, { name: "Foreign", role: "rep" });
    await withOrg(org.ctx, (tx) =>
      tx.update(auditLog).set({ actorApiKeyId: foreign.id }).where(eq(auditLog.entityId, company.id)),
    );
    const byKey = await createCompany(keyCtx, { name: "Via key too" });

    const entries = await listAudit(org.ctx);
    const find = (entityId: string) => entries.find((e) => e.entityId === entityId);
    expect(find(created.id)).toMatchObject({
      action: "apiKey.create",
      actorUserId: null,
      actorApiKeyId: null,
      actorApiKeyName: null,
      entityApiKeyName: "Import",
    });
    expect(find(byKey.id)).toMatchObject({ actorApiKeyId: created.id, actorApiKeyName: "Import" });
    expect(find(company.id)).toMatchObject({ actorApiKeyId: foreign.id, actorApiKeyName: null });
  });
});
