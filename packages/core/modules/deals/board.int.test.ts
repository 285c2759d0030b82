import { describe, expect, it } from "vitest";
import { runOperation } from "../../platform/operations/run-operation";
import { addTestMember, createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { createContact } from "../contacts/create-contact";
import { updateOrgSettings } from "../orgs/update-org-settings";
import { createDeal } from "./create-deal";
import { deleteDeal } from "./delete-deal";
import { BOARD_CARDS_PER_STAGE, getPipelineBoard } from "./get-board";
import { listPipelines, type PipelineWithStages } from "./list-pipelines";
import { pipelineOperations } from "./pipeline-operations";

useTestDatabase();

const codeOf = (error: unknown) => (error as { code?: string }).code;
const stageId = (p: PipelineWithStages | undefined, name: string) => {
  const stage = p?.stages.find((s) => s.name === name);
  if (!stage) throw new Error(`no stage ${name}`);
  return stage.id;
};
type Board = Awaited<ReturnType<typeof getPipelineBoard>>;
const column = (board: Board, name: string) => {
  const stage = board.stages.find((s) => s.name === name);
  if (!stage) throw new Error(`no column ${name}`);
  return stage;
};

describe("pipeline board", () => {
  it("aggregates per stage in SQL and hides other reps' deals from a rep", async () => {
    const org = await createTestOrg("Board");
    const [sales] = await listPipelines(org.ctx);
    if (!sales) throw new Error("no default pipeline");
    const repA = await addTestMember(org.orgId, "rep");
    const repB = await addTestMember(org.orgId, "rep");
    // Rep A's contact: a rep links deals only to contacts they can see.
    const ann = await createContact(org.ctx, { firstName: "Ann", lastName: "Lee", ownerId: repA.userId });

    await createDeal(repA.ctx, { title: "A1", value: 1_000, stageId: stageId(sales, "Qualified") });
    await createDeal(repA.ctx, {
      title: "A2",
      value: 333,
      stageId: stageId(sales, "Qualified"),
      probability: 50,
      primaryContactId: ann.id,
      expectedCloseDate: "2030-05-01",
    });
    await createDeal(repB.ctx, { title: "B1", value: 10_000, stageId: stageId(sales, "Qualified") });
    await createDeal(repB.ctx, { title: "B2", value: 4_000, stageId: stageId(sales, "Proposal") });
    const trashed = await createDeal(repA.ctx, {
      title: "Gone",
      value: 7,
      stageId: stageId(sales, "Qualified"),
    });
    await deleteDeal(repA.ctx, trashed.id);

    const all = await getPipelineBoard(org.ctx, sales.id);
    expect(all.pipeline.id).toBe(sales.id);
    expect(all.stages.map((s) => s.name)).toEqual(sales.stages.map((s) => s.name));
    const qualified = column(all, "Qualified");
    // 1000×25% = 250, 333×50% = 166.5 → 167, 10000×25% = 2500.
    expect(qualified.count).toBe(3);
    expect(qualified.totals).toEqual([{ currency: "USD", count: 3, value: 11_333, weightedValue: 2_917 }]);
    expect(qualified.totals[0]?.weightedValue).toBe(
      qualified.deals.reduce((sum, d) => sum + d.weightedValue, 0),
    );
    expect(qualified.deals.map((d) => d.title)).toEqual(["B1", "A2", "A1"]);
    expect(qualified.deals.find((d) => d.title === "A2")).toMatchObject({
      primaryContactName: "Ann Lee",
      ownerName: "Member rep",
      expectedCloseDate: "2030-05-01",
      currency: "USD",
    });
    expect(column(all, "Proposal").totals).toEqual([
      { currency: "USD", count: 1, value: 4_000, weightedValue: 2_000 },
    ]);
    expect(column(all, "Won")).toMatchObject({ count: 0, totals: [], deals: [] });

    const mine = await getPipelineBoard(repA.ctx, sales.id);
    const myQualified = column(mine, "Qualified");
    expect(myQualified.totals).toEqual([{ currency: "USD", count: 2, value: 1_333, weightedValue: 417 }]);
    expect(myQualified.deals.map((d) => d.title)).toEqual(["A2", "A1"]);
    expect(column(mine, "Proposal").count).toBe(0);

    const filtered = await getPipelineBoard(org.ctx, sales.id, { minValue: 500, maxValue: 5_000 });
    expect(filtered.stages.flatMap((s) => s.deals.map((d) => d.title)).sort()).toEqual(["A1", "B2"]);
    const byOwner = await getPipelineBoard(org.ctx, sales.id, { ownerId: repB.userId });
    expect(byOwner.stages.reduce((n, s) => n + s.count, 0)).toBe(2);
    const byClose = await getPipelineBoard(org.ctx, sales.id, {
      closeFrom: "2030-01-01",
      closeTo: "2030-12-31",
    });
    expect(byClose.stages.flatMap((s) => s.deals.map((d) => d.title))).toEqual(["A2"]);
  });

  it("loads the first cards per stage (more on request) while counting them all; other orgs' pipelines are 404", async () => {
    const org = await createTestOrg("Many");
    const other = await createTestOrg("Other");
    const [sales] = await listPipelines(org.ctx);
    if (!sales) throw new Error("no default pipeline");
    const total = BOARD_CARDS_PER_STAGE + 2;
    for (let i = 0; i < total; i++) await createDeal(org.ctx, { title: `D${i}`, value: 100 });
    const board = await getPipelineBoard(org.ctx, sales.id);
    const leadIn = column(board, "Lead in");
    expect(leadIn.count).toBe(total);
    expect(leadIn.totals).toEqual([
      { currency: "USD", count: total, value: total * 100, weightedValue: total * 10 },
    ]);
    expect(leadIn.deals).toHaveLength(BOARD_CARDS_PER_STAGE);
    expect(leadIn.deals[0]?.title).toBe(`D${total - 1}`);
    const more = column(await getPipelineBoard(org.ctx, sales.id, { cards: total + 5 }), "Lead in");
    expect(more.deals.map((d) => d.title)).toEqual(
      Array.from({ length: total }, (_, i) => `D${total - 1 - i}`),
    );
    // An empty query parameter is no filter; out-of-range ones are a 422 naming the parameter.
    const blank = await runOperation(pipelineOperations.board, org.ctx, {
      id: sales.id,
      ownerId: "",
      cards: "",
    });
    expect(column(blank, "Lead in").deals).toHaveLength(BOARD_CARDS_PER_STAGE);
    await expect(
      runOperation(pipelineOperations.board, org.ctx, { id: sales.id, cards: "101" }),
    ).rejects.toMatchObject({ code: "unprocessable", fieldErrors: { cards: [expect.any(String)] } });
    await expect(getPipelineBoard(other.ctx, sales.id).catch(codeOf)).resolves.toBe("not_found");
  });

  // Regression: the board added EUR and USD values into one "total", a number in no currency.
  it("totals each currency on its own, the org's currency first", async () => {
    const org = await createTestOrg("Currencies");
    await updateOrgSettings(org.ctx, { name: "Currencies", defaultCurrency: "EUR", timeZone: "UTC" });
    const [sales] = await listPipelines(org.ctx);
    if (!sales) throw new Error("no default pipeline");
    const qualifiedId = stageId(sales, "Qualified");
    await createDeal(org.ctx, { title: "U1", value: 1_000, currency: "USD", stageId: qualifiedId });
    await createDeal(org.ctx, { title: "E1", value: 2_000, currency: "EUR", stageId: qualifiedId });
    await createDeal(org.ctx, { title: "E2", value: 3_000, currency: "EUR", stageId: qualifiedId });
    await createDeal(org.ctx, { title: "A1", value: 500, currency: "AUD", stageId: qualifiedId });

    const board = await getPipelineBoard(org.ctx, sales.id);
    expect(board.currency).toBe("EUR");
    const qualified = column(board, "Qualified");
    expect(qualified.count).toBe(4);
    expect(qualified.totals).toEqual([
      { currency: "EUR", count: 2, value: 5_000, weightedValue: 1_250 },
      { currency: "AUD", count: 1, value: 500, weightedValue: 125 },
      { currency: "USD", count: 1, value: 1_000, weightedValue: 250 },
    ]);
  });
});
