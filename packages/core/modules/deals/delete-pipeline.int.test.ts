import { describe, expect, it } from "vitest";
import { addTestMember, createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { createDeal } from "./create-deal";
import { createPipeline } from "./create-pipeline";
import { deleteDeal } from "./delete-deal";
import { deletePipeline } from "./delete-pipeline";
import { getDealOrThrow } from "./get-deal";
import { listPipelines } from "./list-pipelines";

useTestDatabase();

const codeOf = (error: unknown) => (error as { code?: string }).code;
const failure = (promise: Promise<unknown>) => promise.then(() => "resolved", codeOf);
const stageByName = <S extends { name: string }>(p: { stages: S[] }, name: string): S => {
  const stage = p.stages.find((s) => s.name === name);
  if (!stage) throw new Error(`no stage ${name}`);
  return stage;
};

describe("deleting a pipeline with deals", () => {
  it("moves every deal, trashed ones too, to the chosen stage of another pipeline", async () => {
    const org = await createTestOrg("MovePipe");
    const manager = await addTestMember(org.orgId, "manager");
    const [sales] = await listPipelines(org.ctx);
    if (!sales) throw new Error("no default pipeline");
    const renewals = await createPipeline(org.ctx, { name: "Renewals" });
    const open = await createDeal(org.ctx, { title: "Open", pipelineId: renewals.id });
    const trashed = await createDeal(org.ctx, { title: "Trashed", pipelineId: renewals.id });
    await deleteDeal(org.ctx, trashed.id);
    const target = stageByName(sales, "Qualified");

    // Without a target, or with one of the same pipeline, nothing happens.
    await expect(failure(deletePipeline(manager.ctx, renewals.id))).resolves.toBe("conflict");
    const own = stageByName(renewals, "Qualified");
    await expect(
      failure(deletePipeline(manager.ctx, renewals.id, { moveDealsToStageId: own.id })),
    ).resolves.toBe("unprocessable");
    const rep = await addTestMember(org.orgId, "rep");
    await expect(
      failure(deletePipeline(rep.ctx, renewals.id, { moveDealsToStageId: target.id })),
    ).resolves.toBe("forbidden");

    await expect(
      deletePipeline(manager.ctx, renewals.id, { moveDealsToStageId: target.id }),
    ).resolves.toEqual({
      movedDeals: 2,
    });
    const moved = await getDealOrThrow(org.ctx, open.id);
    expect(moved).toMatchObject({
      pipelineId: sales.id,
      stageId: target.id,
      probability: target.probability,
    });
    expect((await listPipelines(org.ctx)).map((p) => p.name)).toEqual([sales.name]);
  });

  it("closes the deals as won when the target stage is a won stage", async () => {
    const org = await createTestOrg("WonPipe");
    const [sales] = await listPipelines(org.ctx);
    if (!sales) throw new Error("no default pipeline");
    const other = await createPipeline(org.ctx, { name: "Other" });
    const deal = await createDeal(org.ctx, { title: "Closing", pipelineId: other.id });
    const won = sales.stages.find((s) => s.kind === "won");
    if (!won) throw new Error("no won stage");
    await deletePipeline(org.ctx, other.id, { moveDealsToStageId: won.id });
    const after = await getDealOrThrow(org.ctx, deal.id);
    expect(after).toMatchObject({ stageId: won.id, outcome: "won", probability: 100 });
    expect(after.actualCloseDate).not.toBeNull();
  });
});
