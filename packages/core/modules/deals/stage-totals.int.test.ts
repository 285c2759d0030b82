import { and, count, eq, gte, lte, type SQL, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { executeRows } from "../../db/execute-rows";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { addTestMember, createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { createContact } from "../contacts/create-contact";
import { mergeRecords } from "../duplicates/merge-records";
import { undoMerge } from "../duplicates/undo-merge";
import { importCsv } from "../imports/import-test-helpers";
import { rollbackImport } from "../imports/rollback-import";
import { convertLead } from "../leads/convert-lead";
import { createLead } from "../leads/create-lead";
import { updateOrgSettings } from "../orgs/update-org-settings";
import { purgeRecord, restoreRecord } from "../records/restore-record";
import { shareRecord } from "../records/share-record";
import { visibleRecords } from "../records/visibility";
import { seedOrg } from "../seed/seed-org";
import { createDeal } from "./create-deal";
import { createPipeline } from "./create-pipeline";
import { deleteDeal } from "./delete-deal";
import { deletePipeline } from "./delete-pipeline";
import { deleteStage } from "./delete-stage";
import { type BoardFiltersData, getPipelineBoard } from "./get-board";
import { listPipelines, type PipelineWithStages } from "./list-pipelines";
import { markDealLost } from "./mark-deal-lost";
import { markDealWon } from "./mark-deal-won";
import { moveDealStage } from "./move-deal-stage";
import { deals } from "./tables";
import { updateDeal } from "./update-deal";

// Regression guard: the board's totals come from deal_stage_totals, kept by triggers on deals. If a
// write path slipped past them, the board would show counts and values that no longer match the deals.

useTestDatabase();

/** The table's non-zero rows and a fresh aggregate over the org's deals outside the trash, as text. */
async function expectTotalsMatchDeals(orgId: string) {
  const db = await getDb();
  const key = sql.raw("pipeline_id, stage_id, currency, owner_id, outcome");
  const kept = await executeRows(
    db,
    sql`
    select ${key}, deal_count::int as n, value::numeric(40,0)::text as v, weighted_value::numeric(40,0)::text as w
    from deal_stage_totals
    where org_id = ${orgId} and (deal_count <> 0 or value <> 0 or weighted_value <> 0)
    order by ${key}`,
  );
  const fresh = await executeRows<{ n: number }>(
    db,
    sql`
    select ${key}, count(*)::int as n, sum(value)::numeric(40,0)::text as v,
           sum(round(value * probability / 100.0))::numeric(40,0)::text as w
    from deals
    where org_id = ${orgId} and deleted_at is null
    group by ${key}
    order by ${key}`,
  );
  expect(kept).toEqual(fresh);
  return fresh.reduce((sum, r) => sum + r.n, 0);
}

/** What the board answered before the running totals: an aggregate over the deals the caller may see. */
async function aggregateBoardTotals(ctx: Ctx, pipelineId: string, f: BoardFiltersData) {
  const rows = await withOrg(ctx, (tx) =>
    tx
      .select({
        stageId: deals.stageId,
        currency: deals.currency,
        count: count(),
        value: sql<number>`coalesce(sum(${deals.value}), 0)`.mapWith(Number),
        weightedValue:
          sql<number>`coalesce(sum(round(${deals.value} * ${deals.probability} / 100.0)), 0)`.mapWith(Number),
      })
      .from(deals)
      .where(
        and(
          visibleRecords(ctx, deals, "deals"),
          eq(deals.pipelineId, pipelineId),
          f.ownerId ? eq(deals.ownerId, f.ownerId) : undefined,
          f.closeFrom ? gte(deals.expectedCloseDate, f.closeFrom) : undefined,
          f.closeTo ? lte(deals.expectedCloseDate, f.closeTo) : undefined,
          f.minValue !== undefined ? gte(deals.value, Number(f.minValue)) : undefined,
          f.maxValue !== undefined ? lte(deals.value, Number(f.maxValue)) : undefined,
        ) as SQL,
      )
      .groupBy(deals.stageId, deals.currency),
  );
  return rows.sort((a, b) => `${a.stageId}${a.currency}`.localeCompare(`${b.stageId}${b.currency}`));
}

async function boardTotals(ctx: Ctx, pipelineId: string, f: BoardFiltersData) {
  const board = await getPipelineBoard(ctx, pipelineId, f);
  return board.stages
    .flatMap((s) => s.totals.map((t) => ({ stageId: s.id, ...t })))
    .sort((a, b) => `${a.stageId}${a.currency}`.localeCompare(`${b.stageId}${b.currency}`));
}

const stageOf = (p: PipelineWithStages | undefined, name: string) => {
  const stage = p?.stages.find((s) => s.name === name);
  if (!stage) throw new Error(`no stage ${name}`);
  return stage.id;
};

describe("deal stage totals", () => {
  it("equal a fresh aggregate after every kind of write to deals", async () => {
    const org = await createTestOrg("Totals");
    const repA = await addTestMember(org.orgId, "rep");
    const repB = await addTestMember(org.orgId, "rep");
    const [sales] = await listPipelines(org.ctx);
    if (!sales) throw new Error("no default pipeline");
    const check = () => expectTotalsMatchDeals(org.orgId);

    // Creates: owners (none too), currencies, and values whose weighted value rounds (333 × 50% = 166.5 → 167).
    const a1 = await createDeal(repA.ctx, {
      title: "A1",
      value: 333,
      probability: 50,
      stageId: stageOf(sales, "Qualified"),
    });
    const a2 = await createDeal(repA.ctx, {
      title: "A2",
      value: 333,
      probability: 50,
      stageId: stageOf(sales, "Qualified"),
    });
    const b1 = await createDeal(repB.ctx, { title: "B1", value: 10_000, currency: "EUR" });
    const none = await createDeal(org.ctx, { title: "Nobody's", value: 7, ownerId: null });
    expect(await check()).toBe(4);

    // Moves, value, probability, currency, owner and outcome changes; a title edit changes nothing.
    await moveDealStage(repA.ctx, a1.id, { stageId: stageOf(sales, "Proposal") });
    await updateDeal(repA.ctx, a2.id, { value: 1_001 });
    await updateDeal(repA.ctx, a2.id, { probability: 35 });
    await updateDeal(repB.ctx, b1.id, { currency: "GBP" });
    await updateDeal(org.ctx, none.id, { ownerId: repB.userId });
    await updateDeal(org.ctx, b1.id, { outcome: "abandoned" });
    await updateDeal(repA.ctx, a1.id, { title: "A1 renamed" });
    await check();
    await markDealWon(repA.ctx, a1.id);
    await markDealLost(repB.ctx, b1.id, { lostReason: "Budget" });
    await moveDealStage(repB.ctx, b1.id, { stageId: stageOf(sales, "Lead in") });
    expect(await check()).toBe(4);

    // Trash, restore, purge.
    await deleteDeal(repA.ctx, a2.id);
    expect(await check()).toBe(3);
    await restoreRecord(repA.ctx, { object: "deals", id: a2.id });
    expect(await check()).toBe(4);
    await deleteDeal(repA.ctx, a2.id);
    await purgeRecord(org.ctx, { object: "deals", id: a2.id });
    expect(await check()).toBe(3);

    // Deleting a stage or a pipeline moves its deals in one UPDATE (trashed ones too, uncounted).
    await deleteDeal(org.ctx, none.id);
    await deleteStage(org.ctx, sales.id, stageOf(sales, "Lead in"), {
      moveDealsToStageId: stageOf(sales, "Qualified"),
    });
    expect(await check()).toBe(2);
    const other = await createPipeline(org.ctx, { name: "Renewals" });
    const renewals = (await listPipelines(org.ctx)).find((p) => p.id === other.id);
    await createDeal(org.ctx, {
      title: "R1",
      value: 50,
      pipelineId: other.id,
      stageId: stageOf(renewals, "Proposal"),
    });
    expect(await check()).toBe(3);
    await deletePipeline(org.ctx, other.id, { moveDealsToStageId: stageOf(sales, "Negotiation") });
    expect(await check()).toBe(3);

    // Lead conversion with a deal, imports and their rollback.
    const lead = await createLead(org.ctx, { name: "Lia Lead", email: "lia@example.com" });
    await convertLead(org.ctx, lead.id, { deal: { value: 4_321 } });
    expect(await check()).toBe(4);
    const imported = await importCsv(
      org.ctx,
      "deals",
      "Deal Name,Amount,Deal Stage\nI1,12.34,Won\nI2,99,Qualified\nI3,1,\n",
    );
    expect(imported).toMatchObject({ imported: 3 });
    expect(await check()).toBe(7);
    await rollbackImport(org.ctx, imported.id);
    expect(await check()).toBe(4);

    // Merging contacts re-points deals (not counted columns) and undo puts them back.
    const keep = await createContact(org.ctx, { firstName: "Keep", email: "k@example.com" });
    const dupe = await createContact(org.ctx, { firstName: "Dupe", email: "d@example.com" });
    await createDeal(org.ctx, { title: "Linked", value: 900, primaryContactId: dupe.id });
    const { mergeId } = await mergeRecords(org.ctx, "contacts", {
      survivorId: keep.id,
      mergedIds: [dupe.id],
    });
    expect(await check()).toBe(5);
    await undoMerge(org.ctx, mergeId);
    expect(await check()).toBe(5);
  });

  it("follow a bulk load: the seeder's multi-row inserts", async () => {
    const org = await createTestOrg("Bulk");
    await seedOrg({
      orgId: org.orgId,
      contacts: 60,
      companies: 5,
      deals: 400,
      activities: 0,
      tasks: 0,
      seed: 5,
    });
    expect(await expectTotalsMatchDeals(org.orgId)).toBe(400);
  });

  it("give every caller the board totals of an aggregate over the deals they may see", async () => {
    const org = await createTestOrg("Visible");
    const repA = await addTestMember(org.orgId, "rep");
    const repB = await addTestMember(org.orgId, "rep");
    const viewer = await addTestMember(org.orgId, "readonly");
    const [sales] = await listPipelines(org.ctx);
    if (!sales) throw new Error("no default pipeline");
    const qualified = stageOf(sales, "Qualified");
    await createDeal(repA.ctx, {
      title: "A1",
      value: 1_000,
      stageId: qualified,
      expectedCloseDate: "2030-05-01",
    });
    await createDeal(repA.ctx, {
      title: "A2",
      value: 333,
      probability: 50,
      stageId: qualified,
      currency: "EUR",
    });
    const b1 = await createDeal(repB.ctx, { title: "B1", value: 10_000, stageId: qualified });
    const b2 = await createDeal(repB.ctx, { title: "B2", value: 4_000, stageId: stageOf(sales, "Proposal") });
    await createDeal(repB.ctx, { title: "B3", value: 50, expectedCloseDate: "2030-06-01" });
    const nobody = await createDeal(org.ctx, { title: "N1", value: 5, ownerId: null });
    await shareRecord(repB.ctx, "deals", b1.id, repA.userId);
    await shareRecord(org.ctx, "deals", nobody.id, repA.userId);
    await shareRecord(org.ctx, "deals", b2.id, repA.userId);
    await deleteDeal(repB.ctx, b2.id); // shared, but in the trash

    const filterSets: BoardFiltersData[] = [
      {},
      { ownerId: repA.userId },
      { ownerId: repB.userId },
      { closeFrom: "2030-01-01", closeTo: "2030-12-31" },
      { minValue: 100 },
      { ownerId: repA.userId, maxValue: 500 },
    ];
    const compare = async () => {
      for (const ctx of [org.ctx, repA.ctx, repB.ctx, viewer.ctx]) {
        for (const f of filterSets) {
          expect({ role: ctx.role, f, totals: await boardTotals(ctx, sales.id, f) }).toEqual({
            role: ctx.role,
            f,
            totals: await aggregateBoardTotals(ctx, sales.id, f),
          });
        }
      }
    };
    await compare();
    // The rep's own totals plus what is shared with them: 1000 + 333 (EUR) + 10000 + 5.
    const mine = await boardTotals(repA.ctx, sales.id, {});
    expect(mine.filter((t) => t.stageId === qualified)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ currency: "USD", count: 2, value: 11_000 }),
        expect.objectContaining({ currency: "EUR", count: 1, value: 333, weightedValue: 167 }),
      ]),
    );
    await updateOrgSettings(org.ctx, {
      name: "Visible",
      defaultCurrency: "USD",
      timeZone: "UTC",
      repsCanReadAll: true,
    });
    await compare();
  });

  it("are hidden from other organizations by row-level security", async () => {
    const a = await createTestOrg("RLS A");
    const b = await createTestOrg("RLS B");
    await createDeal(a.ctx, { title: "Secret", value: 1 });
    const seen = await withOrg(b.ctx, (tx) => executeRows(tx, sql`select org_id from deal_stage_totals`));
    expect(seen).toEqual([]);
    const own = await withOrg(a.ctx, (tx) =>
      executeRows<{ org_id: string }>(tx, sql`select org_id from deal_stage_totals`),
    );
    expect(own.map((r) => r.org_id)).toEqual([a.orgId]);
    // Deleting an organization cascades to its deals and totals; the delete trigger must not get in the way.
    const db = await getDb();
    await db.execute(sql`delete from organizations where id = ${a.orgId}`);
    const left = await executeRows(
      db,
      sql`select count(*)::int as n from deal_stage_totals where org_id = ${a.orgId}`,
    );
    expect(left).toEqual([{ n: 0 }]);
  });
});
