import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { newId } from "../../platform/ids";
import { runOperation } from "../../platform/operations/run-operation";
import { addTestMember, createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { activities } from "../activities/tables";
import { auditLog } from "../audit/tables";
import { createCompany } from "../companies/create-company";
import { listCompanies } from "../companies/list-companies";
import { listContacts } from "../contacts/list-contacts";
import { deals, pipelines, stages } from "../deals/tables";
import { orgSettings } from "../orgs/tables";
import type { StageKind } from "../records/enums";
import { convertLead } from "./convert-lead";
import { createLead } from "./create-lead";
import { getLeadOrThrow } from "./get-lead";
import { leadOperations } from "./operations";

useTestDatabase();

const codeOf = (error: unknown) => (error as { code?: string }).code;

type StageSpec = { name: string; position: number; probability: number; kind?: StageKind };

/** Removes the pipelines an org may start with, so each test decides exactly which exist. */
const removePipelines = (ctx: Ctx) =>
  withOrg(ctx, (tx) => tx.delete(pipelines).where(eq(pipelines.orgId, ctx.orgId)));

/** Pipelines belong to the deals module; these tests write the rows directly. */
async function addPipeline(
  ctx: Ctx,
  pipeline: { name: string; position: number; isDefault?: boolean },
  stageSpecs: StageSpec[],
) {
  const pipelineId = newId();
  return withOrg(ctx, async (tx) => {
    await tx.insert(pipelines).values({ id: pipelineId, orgId: ctx.orgId, ...pipeline });
    const rows = await tx
      .insert(stages)
      .values(stageSpecs.map((s) => ({ id: newId(), orgId: ctx.orgId, pipelineId, ...s })))
      .returning();
    const byName = Object.fromEntries(rows.map((r) => [r.name, r.id]));
    return { pipelineId, stageIds: byName };
  });
}

const dealsOf = (ctx: Ctx) => withOrg(ctx, (tx) => tx.select().from(deals).where(eq(deals.orgId, ctx.orgId)));

describe("convertLead: company", () => {
  it("reuses a company matched by the lead's email domain and creates the contact", async () => {
    const org = await createTestOrg("Domain");
    const rep = await addTestMember(org.orgId, "rep");
    const acme = await createCompany(org.ctx, { name: "Acme Inc", domain: "acme.com" });
    // Through the operation: the email is stored lowercase, as the schema parses it.
    const lead = await runOperation(leadOperations.create, org.ctx, {
      name: "Ludwig van Beethoven",
      email: "ludwig@ACME.com",
      phone: "+49 30 1234",
      companyName: "Acme Incorporated",
      source: "trade fair",
      tags: ["music"],
      ownerId: rep.userId,
    });

    const result = await convertLead(org.ctx, lead.id, {});
    expect(result.company?.id).toBe(acme.id);
    expect(result.deal).toBeNull();
    expect(result.contact).toMatchObject({
      firstName: "Ludwig",
      lastName: "van Beethoven",
      email: "ludwig@acme.com",
      phones: [{ label: "work", number: "+49 30 1234" }],
      companyId: acme.id,
      ownerId: rep.userId,
      source: "trade fair",
      tags: ["music"],
    });
    // Read back: the contact belongs to the lead's owner, and no second company appeared.
    expect((await listContacts(rep.ctx, {})).data.map((c) => c.id)).toEqual([result.contact.id]);
    expect((await listCompanies(org.ctx, {})).data.map((c) => c.id)).toEqual([acme.id]);
    expect(await getLeadOrThrow(org.ctx, lead.id)).toMatchObject({
      status: "converted",
      convertedContactId: result.contact.id,
      convertedCompanyId: acme.id,
      convertedDealId: null,
      convertedAt: expect.any(Date),
    });

    const [timeline, audit] = await withOrg(org.ctx, async (tx) => [
      await tx.select().from(activities).where(eq(activities.contactId, result.contact.id)),
      await tx.select().from(auditLog).where(eq(auditLog.orgId, org.orgId)),
    ]);
    expect(timeline).toMatchObject([{ type: "system", subject: "Converted from lead", companyId: acme.id }]);
    const actions = (audit as { action: string; entityId: string | null }[]).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["contact.create", "lead.convert"]));
    expect(actions.filter((a) => a === "company.create")).toHaveLength(1); // Acme only
  });

  it("matches by company name case-insensitively and never uses a free-mail domain", async () => {
    const org = await createTestOrg("Name");
    const globex = await createCompany(org.ctx, { name: "Globex" });
    // A company that happens to carry a free-mail domain must not catch every gmail lead.
    const google = await createCompany(org.ctx, { name: "Google", domain: "gmail.com" });
    const byName = await createLead(org.ctx, {
      name: "Hank",
      email: "hank@gmail.com",
      companyName: "GLOBEX",
    });
    expect((await convertLead(org.ctx, byName.id)).company?.id).toBe(globex.id);

    const fresh = await createLead(org.ctx, {
      name: "Ann Lee",
      email: "ann@gmail.com",
      companyName: "Initech",
    });
    const result = await convertLead(org.ctx, fresh.id);
    expect(result.company).toMatchObject({ name: "Initech", domain: null, ownerId: org.userId });
    expect(result.company?.id).not.toBe(google.id);

    const nobody = await createLead(org.ctx, { name: "Solo", email: "solo@outlook.com" });
    const alone = await convertLead(org.ctx, nobody.id);
    expect(alone.company).toBeNull();
    expect(alone.contact).toMatchObject({ firstName: "Solo", lastName: "", companyId: null, phones: [] });
    expect((await listCompanies(org.ctx, { sort: "name" })).data.map((c) => c.name)).toEqual([
      "Globex",
      "Google",
      "Initech",
    ]);
  });

  it("creates a company from a work email domain owned by the lead's owner", async () => {
    const org = await createTestOrg("Create");
    const rep = await addTestMember(org.orgId, "rep");
    const lead = await createLead(rep.ctx, { name: "Bob", email: "bob@newco.io" });
    const result = await convertLead(rep.ctx, lead.id);
    expect(result.company).toMatchObject({ name: "newco.io", domain: "newco.io", ownerId: rep.userId });
    expect((await listCompanies(rep.ctx, {})).data.map((c) => c.id)).toEqual([result.company?.id]);
  });
});

describe("convertLead: deal", () => {
  it("creates the deal in the default pipeline's first open stage with its probability", async () => {
    const org = await createTestOrg("Deal");
    const rep = await addTestMember(org.orgId, "rep");
    await removePipelines(org.ctx);
    await addPipeline(org.ctx, { name: "Other", position: 0 }, [
      { name: "Start", position: 0, probability: 5 },
    ]);
    const sales = await addPipeline(org.ctx, { name: "Sales", position: 1, isDefault: true }, [
      { name: "Won", position: 0, probability: 100, kind: "won" },
      { name: "Proposal", position: 2, probability: 60 },
      { name: "Qualified", position: 1, probability: 20 },
    ]);
    await withOrg(org.ctx, (tx) =>
      tx.update(orgSettings).set({ defaultCurrency: "EUR" }).where(eq(orgSettings.orgId, org.orgId)),
    );
    const lead = await createLead(org.ctx, {
      name: "Jane Doe",
      email: "jane@acme.com",
      companyName: "Acme",
      ownerId: rep.userId,
    });

    const result = await convertLead(org.ctx, lead.id, { createDeal: true });
    expect(result.deal).toMatchObject({
      title: "Acme deal",
      value: 0,
      currency: "EUR",
      pipelineId: sales.pipelineId,
      stageId: sales.stageIds.Qualified,
      probability: 20,
      primaryContactId: result.contact.id,
      companyId: result.company?.id,
      ownerId: rep.userId,
    });
    expect((await dealsOf(org.ctx)).map((d) => d.id)).toEqual([result.deal?.id]);
    expect((await getLeadOrThrow(org.ctx, lead.id)).convertedDealId).toBe(result.deal?.id);
    const [entry] = await withOrg(org.ctx, (tx) =>
      tx
        .select()
        .from(activities)
        .where(eq(activities.dealId, result.deal?.id ?? "")),
    );
    expect(entry).toMatchObject({ subject: "Converted from lead", contactId: result.contact.id });

    // An explicit stage, value and currency win over the defaults.
    const second = await createLead(org.ctx, { name: "Max Mustermann" });
    const chosen = await runOperation(leadOperations.convert, org.ctx, {
      id: second.id,
      deal: { stageId: sales.stageIds.Proposal, value: 150_000, currency: "chf", title: "Big one" },
    });
    expect(chosen.deal).toMatchObject({
      title: "Big one",
      value: 150_000,
      currency: "CHF",
      stageId: sales.stageIds.Proposal,
      probability: 60,
    });
  });

  it("answers 422 on pipelineId when the org has no pipeline, and changes nothing", async () => {
    const org = await createTestOrg("NoPipeline");
    await removePipelines(org.ctx);
    const lead = await createLead(org.ctx, { name: "Jane", companyName: "Acme" });
    const error = await convertLead(org.ctx, lead.id, { createDeal: true }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "unprocessable", fieldErrors: { pipelineId: [expect.any(String)] } });
    expect((await getLeadOrThrow(org.ctx, lead.id)).status).toBe("new");
    expect((await listContacts(org.ctx, {})).data).toEqual([]);
  });

  it("rolls everything back when the deal part fails", async () => {
    const org = await createTestOrg("Rollback");
    const other = await createTestOrg("OtherOrg");
    await removePipelines(org.ctx);
    const sales = await addPipeline(org.ctx, { name: "Sales", position: 0, isDefault: true }, [
      { name: "Open", position: 0, probability: 10 },
      { name: "Lost", position: 1, probability: 0, kind: "lost" },
    ]);
    const foreign = await addPipeline(other.ctx, { name: "Theirs", position: 0 }, [
      { name: "Open", position: 0, probability: 10 },
    ]);
    const lead = await createLead(org.ctx, {
      name: "Rita",
      email: "rita@rollback.dev",
      companyName: "Rollback Co",
    });

    for (const deal of [
      { stageId: newId() },
      { stageId: foreign.stageIds.Open },
      { stageId: sales.stageIds.Lost },
      { pipelineId: foreign.pipelineId },
    ]) {
      const error = await convertLead(org.ctx, lead.id, { deal }).catch((e: unknown) => e);
      const field = "stageId" in deal ? "stageId" : "pipelineId";
      expect(error).toMatchObject({ code: "unprocessable", fieldErrors: { [field]: [expect.any(String)] } });
    }
    // The company and contact were inserted before each failure; the transaction took them back.
    expect((await listContacts(org.ctx, {})).data).toEqual([]);
    expect((await listCompanies(org.ctx, {})).data).toEqual([]);
    expect(await dealsOf(org.ctx)).toEqual([]);
    expect((await getLeadOrThrow(org.ctx, lead.id)).status).toBe("new");

    const ok = await convertLead(org.ctx, lead.id, { deal: { stageId: sales.stageIds.Open } });
    expect(ok.company).toMatchObject({ name: "Rollback Co", domain: "rollback.dev" });
  });
});

describe("convertLead: rules", () => {
  it("converts a lead only once", async () => {
    const org = await createTestOrg("Twice");
    const lead = await createLead(org.ctx, { name: "Once", companyName: "One Co" });
    await convertLead(org.ctx, lead.id);
    await expect(convertLead(org.ctx, lead.id).catch(codeOf)).resolves.toBe("conflict");
    expect((await listContacts(org.ctx, {})).data).toHaveLength(1);
  });

  it("a rep cannot convert another rep's lead; readonly cannot convert; other orgs get 404", async () => {
    const org = await createTestOrg("Rules");
    const repA = await addTestMember(org.orgId, "rep");
    const repB = await addTestMember(org.orgId, "rep");
    const viewer = await addTestMember(org.orgId, "readonly");
    const stranger = await createTestOrg("Stranger");
    const lead = await createLead(repB.ctx, { name: "Theirs", companyName: "B Co" });

    await expect(convertLead(repA.ctx, lead.id).catch(codeOf)).resolves.toBe("not_found");
    await expect(convertLead(viewer.ctx, lead.id).catch(codeOf)).resolves.toBe("forbidden");
    await expect(convertLead(stranger.ctx, lead.id).catch(codeOf)).resolves.toBe("not_found");
    expect((await getLeadOrThrow(org.ctx, lead.id)).status).toBe("new");
    await expect(convertLead(repB.ctx, lead.id)).resolves.toMatchObject({ company: { name: "B Co" } });
  });

  it("links a given company only when the caller can see it", async () => {
    const org = await createTestOrg("Given");
    const repA = await addTestMember(org.orgId, "rep");
    const repB = await addTestMember(org.orgId, "rep");
    const hidden = await createCompany(repB.ctx, { name: "Hidden" });
    const mine = await createCompany(repA.ctx, { name: "Mine" });
    const lead = await createLead(repA.ctx, { name: "Pat", companyName: "Hidden" });

    const error = await convertLead(repA.ctx, lead.id, { companyId: hidden.id }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "unprocessable", fieldErrors: { companyId: [expect.any(String)] } });
    const result = await convertLead(repA.ctx, lead.id, { companyId: mine.id });
    expect(result.contact.companyId).toBe(mine.id);
  });
});
