import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { withOrg } from "../../db/tenant";
import { runOperation } from "../../platform/operations/run-operation";
import { addTestMember, createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { activities } from "../activities/tables";
import { auditLog } from "../audit/tables";
import { createContact } from "../contacts/create-contact";
import { orgSettings } from "../orgs/tables";
import { shareRecord } from "../records/share-record";
import { createDeal } from "./create-deal";
import { createPipeline } from "./create-pipeline";
import { deleteDeal } from "./delete-deal";
import { getDealOrThrow } from "./get-deal";
import { listDeals } from "./list-deals";
import { listPipelines, type PipelineWithStages } from "./list-pipelines";
import { markDealLost } from "./mark-deal-lost";
import { markDealWon } from "./mark-deal-won";
import { moveDealStage } from "./move-deal-stage";
import { dealOperations } from "./operations";
import { orgToday } from "./pipeline-queries";
import { dealContacts } from "./tables";
import { updateDeal } from "./update-deal";

useTestDatabase();

const codeOf = (error: unknown) => (error as { code?: string }).code;
const stageId = (p: PipelineWithStages | undefined, name: string) => {
  const stage = p?.stages.find((s) => s.name === name);
  if (!stage) throw new Error(`no stage ${name}`);
  return stage.id;
};

describe("deals: CRUD", () => {
  it("creates with defaults, links contacts, updates, lists and deletes", async () => {
    const org = await createTestOrg("Crud");
    await withOrg(org.ctx, (tx) =>
      tx.update(orgSettings).set({ defaultCurrency: "EUR" }).where(eq(orgSettings.orgId, org.orgId)),
    );
    const [sales] = await listPipelines(org.ctx);
    const ann = await createContact(org.ctx, { firstName: "Ann" });
    const bob = await createContact(org.ctx, { firstName: "Bob" });
    const cid = await createContact(org.ctx, { firstName: "Cid" });

    // Through the operations: the title is trimmed, the contacts deduplicated, the currency upper-cased.
    const deal = await runOperation(dealOperations.create, org.ctx, {
      title: "  Big deal ",
      value: 123_45,
      primaryContactId: ann.id,
      contactIds: [bob.id, ann.id, bob.id],
      tags: ["Hot"],
    });
    expect(deal).toMatchObject({
      title: "Big deal",
      currency: "EUR",
      pipelineId: sales?.id,
      stageId: stageId(sales, "Lead in"),
      probability: 10,
      weightedValue: 1235,
      ownerId: org.userId,
      outcome: null,
      tags: ["Hot"],
      contactIds: [bob.id],
    });
    const links = await withOrg(org.ctx, (tx) =>
      tx.select().from(dealContacts).where(eq(dealContacts.dealId, deal.id)),
    );
    expect(links.map((l) => l.contactId)).toEqual([bob.id]);

    const fetched = await getDealOrThrow(org.ctx, deal.id);
    expect(fetched).toMatchObject({ id: deal.id, contactIds: [bob.id], weightedValue: 1235 });

    const updated = await runOperation(dealOperations.update, org.ctx, {
      id: deal.id,
      patch: {
        value: 50_000,
        probability: 40,
        currency: "usd",
        expectedCloseDate: "2030-06-30",
        contactIds: [cid.id],
      },
    });
    expect(updated).toMatchObject({ value: 50_000, probability: 40, weightedValue: 20_000, currency: "USD" });
    expect((await getDealOrThrow(org.ctx, deal.id)).contactIds).toEqual([cid.id]);

    const invalid = await runOperation(dealOperations.create, org.ctx, {
      title: "",
      value: -1,
      currency: "EURO",
    }).catch((e: unknown) => e);
    expect(invalid).toMatchObject({
      code: "unprocessable",
      fieldErrors: {
        title: [expect.any(String)],
        value: [expect.any(String)],
        currency: [expect.any(String)],
      },
    });
    const unknownContact = await createDeal(org.ctx, {
      title: "X",
      contactIds: ["0190f000-0000-7000-8000-000000000000"],
    }).catch((e: unknown) => e);
    expect(unknownContact).toMatchObject({
      code: "unprocessable",
      fieldErrors: { contactIds: [expect.any(String)] },
    });

    const undated = await createDeal(org.ctx, { title: "Undated", value: 10 });
    const soon = await createDeal(org.ctx, { title: "Soon", value: 99_000, expectedCloseDate: "2030-01-15" });
    const byClose = await listDeals(org.ctx, { sort: "expectedCloseDate", limit: 2 });
    expect(byClose.data.map((d) => d.title)).toEqual(["Soon", "Big deal"]);
    const rest = await listDeals(org.ctx, { sort: "expectedCloseDate", cursor: byClose.nextCursor ?? "" });
    expect(rest.data.map((d) => d.title)).toEqual(["Undated"]);
    const large = await listDeals(org.ctx, { sort: "-value" }, { "value[gte]": "40000" });
    expect(large.data.map((d) => [d.title, d.weightedValue])).toEqual([
      ["Soon", 9_900],
      ["Big deal", 20_000],
    ]);
    const search = await listDeals(org.ctx, { q: "UNDAT" });
    expect(search.data.map((d) => d.id)).toEqual([undated.id]);
    const closing = await listDeals(org.ctx, {}, { "expectedCloseDate[lte]": "2030-03-01", tag: "" });
    expect(closing.data.map((d) => d.id)).toEqual([soon.id]);
    const badFilter = await listDeals(org.ctx, {}, { outcome: "maybe" }).catch((e: unknown) => e);
    expect(badFilter).toMatchObject({
      code: "unprocessable",
      fieldErrors: { outcome: [expect.any(String)] },
    });

    await deleteDeal(org.ctx, undated.id);
    await expect(getDealOrThrow(org.ctx, undated.id).catch(codeOf)).resolves.toBe("not_found");
    expect((await listDeals(org.ctx, {})).data).toHaveLength(2);
  });

  it("refuses a stage outside the pipeline and ids of another org", async () => {
    const a = await createTestOrg("A");
    const b = await createTestOrg("B");
    const [salesA] = await listPipelines(a.ctx);
    const [salesB] = await listPipelines(b.ctx);
    const other = await createPipeline(a.ctx, { name: "Other" });

    const mismatch = await createDeal(a.ctx, {
      title: "X",
      pipelineId: salesA?.id,
      stageId: stageId(other, "Proposal"),
    }).catch((e: unknown) => e);
    expect(mismatch).toMatchObject({ code: "unprocessable", fieldErrors: { stageId: [expect.any(String)] } });
    const foreignStage = await createDeal(a.ctx, { title: "X", stageId: stageId(salesB, "Won") }).catch(
      (e: unknown) => e,
    );
    expect(foreignStage).toMatchObject({
      code: "unprocessable",
      fieldErrors: { stageId: [expect.any(String)] },
    });
    const foreignPipeline = await createDeal(a.ctx, { title: "X", pipelineId: salesB?.id }).catch(
      (e: unknown) => e,
    );
    expect(foreignPipeline).toMatchObject({
      code: "unprocessable",
      fieldErrors: { pipelineId: [expect.any(String)] },
    });

    const deal = await createDeal(a.ctx, { title: "Mine" });
    await expect(
      moveDealStage(a.ctx, deal.id, { stageId: stageId(salesB, "Qualified") }).catch(codeOf),
    ).resolves.toBe("unprocessable");
    await expect(getDealOrThrow(b.ctx, deal.id).catch(codeOf)).resolves.toBe("not_found");
    await expect(
      moveDealStage(b.ctx, deal.id, { stageId: stageId(salesB, "Qualified") }).catch(codeOf),
    ).resolves.toBe("not_found");
    await expect(updateDeal(b.ctx, deal.id, { title: "Stolen" }).catch(codeOf)).resolves.toBe("not_found");
    expect((await getDealOrThrow(a.ctx, deal.id)).stageId).toBe(stageId(salesA, "Lead in"));

    // A stage of another pipeline of the same org moves the deal there.
    const moved = await moveDealStage(a.ctx, deal.id, { stageId: stageId(other, "Proposal") });
    expect(moved).toMatchObject({
      pipelineId: other.id,
      stageId: stageId(other, "Proposal"),
      probability: 50,
    });
  });
});

describe("deals: stages", () => {
  it("moving across three stages sets probability, writes ordered timeline entries and audit rows", async () => {
    const org = await createTestOrg("Move");
    const [sales] = await listPipelines(org.ctx);
    const deal = await createDeal(org.ctx, { title: "Mover", value: 10_000 });
    const path = ["Qualified", "Proposal", "Negotiation"];
    const seen: [number, number][] = [];
    for (const name of path) {
      const moved = await moveDealStage(org.ctx, deal.id, { stageId: stageId(sales, name) });
      seen.push([moved.probability, moved.weightedValue]);
    }
    expect(seen).toEqual([
      [25, 2_500],
      [50, 5_000],
      [75, 7_500],
    ]);
    const timeline = await withOrg(org.ctx, (tx) =>
      tx
        .select()
        .from(activities)
        .where(eq(activities.dealId, deal.id))
        .orderBy(asc(activities.occurredAt), asc(activities.id)),
    );
    expect(timeline.map((a) => [a.type, a.subject])).toEqual([
      ["system", "Stage: Lead in → Qualified"],
      ["system", "Stage: Qualified → Proposal"],
      ["system", "Stage: Proposal → Negotiation"],
    ]);
    expect(timeline[2]?.event).toEqual({
      kind: "stage_changed",
      fromStageId: stageId(sales, "Proposal"),
      toStageId: stageId(sales, "Negotiation"),
    });
    const audits = await withOrg(org.ctx, (tx) =>
      tx
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, "deal.stage_change"), eq(auditLog.entityId, deal.id)))
        .orderBy(asc(auditLog.id)),
    );
    expect(audits.map((a) => (a.after as { probability: number }).probability)).toEqual([25, 50, 75]);
    expect(audits[0]?.before).toMatchObject({ probability: 10 });

    // Moving to the stage it is in changes nothing.
    await moveDealStage(org.ctx, deal.id, { stageId: stageId(sales, "Negotiation") });
    const count = await withOrg(org.ctx, (tx) =>
      tx.select().from(activities).where(eq(activities.dealId, deal.id)),
    );
    expect(count).toHaveLength(3);
  });

  it("won and lost close the deal; moving back to an open stage reopens it", async () => {
    const org = await createTestOrg("WonLost");
    const [sales] = await listPipelines(org.ctx);
    const today = await withOrg(org.ctx, (tx) => orgToday(tx, org.orgId));
    const deal = await createDeal(org.ctx, { title: "Closer", value: 800 });

    const won = await markDealWon(org.ctx, deal.id);
    expect(won).toMatchObject({
      stageId: stageId(sales, "Won"),
      outcome: "won",
      probability: 100,
      actualCloseDate: today,
      weightedValue: 800,
    });
    const reopened = await moveDealStage(org.ctx, deal.id, { stageId: stageId(sales, "Proposal") });
    expect(reopened).toMatchObject({ outcome: null, actualCloseDate: null, probability: 50 });

    await updateDeal(org.ctx, deal.id, { actualCloseDate: "2029-12-01" });
    const lost = await markDealLost(org.ctx, deal.id, { lostReason: "Budget cut" });
    expect(lost).toMatchObject({
      stageId: stageId(sales, "Lost"),
      outcome: "lost",
      lostReason: "Budget cut",
      probability: 0,
      actualCloseDate: "2029-12-01",
      weightedValue: 0,
    });
    const lostAgain = await markDealLost(org.ctx, deal.id, { lostReason: "Went silent" });
    expect(lostAgain.lostReason).toBe("Went silent");

    const lostByList = await listDeals(org.ctx, {}, { outcome: "lost" });
    expect(lostByList.data.map((d) => d.id)).toEqual([deal.id]);
    const subjects = await withOrg(org.ctx, (tx) =>
      tx
        .select({ subject: activities.subject })
        .from(activities)
        .where(eq(activities.dealId, deal.id))
        .orderBy(asc(activities.occurredAt), asc(activities.id)),
    );
    expect(subjects.map((s) => s.subject)).toEqual([
      "Stage: Lead in → Won",
      "Stage: Won → Proposal",
      "Stage: Proposal → Lost",
    ]);

    // Changing the stage through PATCH follows the same rules.
    const patched = await updateDeal(org.ctx, deal.id, { stageId: stageId(sales, "Won") });
    expect(patched).toMatchObject({ outcome: "won", probability: 100, lostReason: null });
  });
});

describe("deals: permissions", () => {
  it("a rep sees own and shared deals; another rep's deal is 404; readonly gets 403 on writes", async () => {
    const org = await createTestOrg("Perm");
    const [sales] = await listPipelines(org.ctx);
    const repA = await addTestMember(org.orgId, "rep");
    const repB = await addTestMember(org.orgId, "rep");
    const viewer = await addTestMember(org.orgId, "readonly");
    const own = await createDeal(repA.ctx, { title: "Own" });
    const other = await createDeal(repB.ctx, { title: "Other" });
    const shared = await createDeal(repB.ctx, { title: "Shared" });
    await shareRecord(repB.ctx, "deals", shared.id, repA.userId);

    const visible = await listDeals(repA.ctx, { sort: "title" });
    expect(visible.data.map((d) => d.title)).toEqual(["Own", "Shared"]);
    await expect(getDealOrThrow(repA.ctx, other.id).catch(codeOf)).resolves.toBe("not_found");
    await expect(
      moveDealStage(repA.ctx, other.id, { stageId: stageId(sales, "Qualified") }).catch(codeOf),
    ).resolves.toBe("not_found");
    await expect(deleteDeal(repA.ctx, other.id).catch(codeOf)).resolves.toBe("not_found");
    await expect(
      moveDealStage(repA.ctx, shared.id, { stageId: stageId(sales, "Qualified") }),
    ).resolves.toMatchObject({
      probability: 25,
    });
    await expect(updateDeal(repA.ctx, own.id, { ownerId: repB.userId }).catch(codeOf)).resolves.toBe(
      "forbidden",
    );

    await expect(createDeal(viewer.ctx, { title: "No" }).catch(codeOf)).resolves.toBe("forbidden");
    await expect(updateDeal(viewer.ctx, own.id, { title: "No" }).catch(codeOf)).resolves.toBe("forbidden");
    await expect(
      moveDealStage(viewer.ctx, own.id, { stageId: stageId(sales, "Won") }).catch(codeOf),
    ).resolves.toBe("forbidden");
    await expect(markDealWon(viewer.ctx, own.id).catch(codeOf)).resolves.toBe("forbidden");
    await expect(deleteDeal(viewer.ctx, own.id).catch(codeOf)).resolves.toBe("forbidden");
    expect((await listDeals(viewer.ctx, {})).data).toHaveLength(3);
    expect((await getDealOrThrow(viewer.ctx, own.id)).stageId).toBe(stageId(sales, "Lead in"));
  });
});
