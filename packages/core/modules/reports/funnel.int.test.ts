// The funnel's numbers must be what hand-written SQL over the same deals gives, for an admin and for
// a rep who sees only own and shared deals; another org's pipeline is a 404.
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { executeRows } from "../../db/execute-rows";
import type { Ctx } from "../../platform/context";
import { runOperation } from "../../platform/operations/run-operation";
import { addTestMember, createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { createDeal } from "../deals/create-deal";
import { listPipelines } from "../deals/list-pipelines";
import { markDealLost } from "../deals/mark-deal-lost";
import { markDealWon } from "../deals/mark-deal-won";
import { updateOrgSettings } from "../orgs/update-org-settings";
import { shareRecord } from "../records/share-record";
import { reportOperations } from "./operations";

useTestDatabase();

const funnel = (ctx: Ctx, input: Record<string, unknown>) =>
  runOperation(reportOperations.funnel, ctx, input);
let admin: Ctx;
let rep: Ctx;
let orgId = "";
let pipelineId = "";
let foreign: Ctx;

beforeAll(async () => {
  const org = await createTestOrg("Funnel");
  await updateOrgSettings(org.ctx, { name: "Funnel", defaultCurrency: "EUR", timeZone: "UTC" });
  const member = await addTestMember(org.orgId, "rep");
  const colleague = await addTestMember(org.orgId, "rep");
  admin = org.ctx;
  rep = member.ctx;
  orgId = org.orgId;
  const [pipeline] = await listPipelines(admin);
  if (!pipeline) throw new Error("the org has its default pipeline");
  pipelineId = pipeline.id;
  const open = pipeline.stages.filter((stage) => stage.kind === "open");
  // Deals spread over the open stages (more early ones), some won, some lost, for both reps.
  let n = 0;
  for (const [owner, ctx] of [
    ["rep", member.ctx],
    ["colleague", colleague.ctx],
  ] as const) {
    for (const [i, stage] of open.entries()) {
      for (let k = 0; k < open.length - i; k++) {
        await createDeal(ctx, {
          title: `${owner} ${n++}`,
          value: 100_00 * (i + 1),
          currency: "EUR",
          stageId: stage.id,
        });
      }
    }
    await markDealWon(
      ctx,
      (await createDeal(ctx, { title: `${owner} won`, value: 900_00, currency: "EUR" })).id,
    );
    await markDealLost(
      ctx,
      (await createDeal(ctx, { title: `${owner} lost`, value: 50_00, currency: "EUR" })).id,
    );
  }
  const shared = await createDeal(colleague.ctx, {
    title: "shared",
    value: 1_00,
    currency: "EUR",
    stageId: open[1]?.id,
  });
  await shareRecord(colleague.ctx, "deals", shared.id, member.userId);
  foreign = (await createTestOrg("Other funnel")).ctx;
  await createDeal(foreign, { title: "theirs", value: 5_00 });
});

/** Per stage, by hand: deals now there, and (open and won stages) deals there or further on or won. */
async function expected(scope: ReturnType<typeof sql>) {
  const db = await getDb();
  return executeRows<{
    id: string;
    kind: string;
    n: string | number;
    total: string | number;
    reached: string | number | null;
  }>(
    db,
    sql`select s.id::text as id, s.kind,
        (select count(*) from deals d where d.org_id = ${orgId} and d.deleted_at is null and d.stage_id = s.id and ${scope}) as n,
        (select coalesce(sum(d.value), 0) from deals d where d.org_id = ${orgId} and d.deleted_at is null and d.stage_id = s.id and ${scope}) as total,
        case when s.kind = 'lost' then null else (select count(*) from deals d join stages t on t.id = d.stage_id
          where d.org_id = ${orgId} and d.deleted_at is null and d.pipeline_id = s.pipeline_id and ${scope}
          and ((s.kind = 'open' and t.kind = 'open' and t.position >= s.position) or t.kind = 'won')) end as reached
      from stages s where s.org_id = ${orgId} and s.pipeline_id = ${pipelineId} order by s.position, s.id`,
  );
}

const sees = (ctx: Ctx) =>
  ctx.role === "rep"
    ? sql`(d.owner_id = ${ctx.userId} or exists (select 1 from record_shares r where r.org_id = d.org_id
        and r.object = 'deals' and r.record_id = d.id and r.user_id = ${ctx.userId}))`
    : sql`true`;

describe("reports.funnel", () => {
  for (const who of ["admin", "rep"] as const) {
    it(`counts each stage, what reached it and went on, as the ${who} may see`, async () => {
      const ctx = who === "admin" ? admin : rep;
      const want = await expected(sees(ctx));
      const got = await funnel(ctx, {});
      expect(got.pipelineId).toBe(pipelineId);
      expect(got.stages.map((s) => s.stageId)).toEqual(want.map((w) => w.id));
      got.stages.forEach((stage, i) => {
        const row = want[i];
        expect(stage.count).toBe(Number(row?.n));
        expect(stage.value).toBe(Number(row?.total));
        expect(stage.reached).toBe(row?.reached === null ? null : Number(row?.reached));
      });
      const open = got.stages.filter((s) => s.kind === "open");
      const won = got.stages.find((s) => s.kind === "won");
      open.forEach((stage, i) => {
        const next = open[i + 1]?.reached ?? won?.reached ?? 0;
        expect(stage.conversion).toBeCloseTo(next / (stage.reached ?? 1), 4);
      });
      expect(got.winRate).toBe(0.5);
    });
  }

  it("writes the rep's first stage out: own deals plus the shared one, all of which passed it", async () => {
    const got = await funnel(rep, {});
    const [first, second] = got.stages;
    // Every deal not lost (own, won, and the shared one in the second stage) has passed the first stage.
    expect(first?.reached).toBe(
      got.stages.filter((s) => s.kind !== "lost").reduce((sum, s) => sum + s.count, 0),
    );
    expect(second?.count).toBeGreaterThan(0);
    expect(first?.conversion).toBe(
      Math.round(((second?.reached ?? 0) / (first?.reached ?? 1)) * 10_000) / 10_000,
    );
  });

  it("applies the list's filters, and never shows another org's pipeline", async () => {
    const filtered = await funnel(admin, { filters: { "value[gte]": 900_00 } });
    expect(filtered.stages.reduce((sum, s) => sum + s.count, 0)).toBe(2);
    await expect(funnel(foreign, { pipelineId })).rejects.toMatchObject({ code: "not_found" });
    const theirs = await funnel(foreign, {});
    expect(theirs.stages.reduce((sum, s) => sum + s.count, 0)).toBe(1);
  });

  it("answers 422 naming a bad filter", async () => {
    await expect(funnel(admin, { filters: { colour: "red" } })).rejects.toMatchObject({
      code: "unprocessable",
      fieldErrors: { "filters.colour": ["Unknown filter"] },
    });
    await expect(funnel(admin, { filters: { pipelineId } })).rejects.toMatchObject({
      fieldErrors: { "filters.pipelineId": ["Name the pipeline as pipelineId"] },
    });
    await expect(funnel(admin, { pipelineId: "nope" })).rejects.toMatchObject({ code: "unprocessable" });
  });
});
