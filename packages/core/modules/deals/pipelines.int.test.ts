import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { withOrg } from "../../db/tenant";
import { runOperation } from "../../platform/operations/run-operation";
import { addTestMember, createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { auditLog } from "../audit/tables";
import { addStage } from "./add-stage";
import { createDeal } from "./create-deal";
import { createPipeline } from "./create-pipeline";
import { deleteDeal } from "./delete-deal";
import { deletePipeline } from "./delete-pipeline";
import { deleteStage } from "./delete-stage";
import { getDealOrThrow } from "./get-deal";
import { getPipeline } from "./get-pipeline";
import { listPipelines } from "./list-pipelines";
import { pipelineOperations } from "./pipeline-operations";
import { reorderStages } from "./reorder-stages";
import { deals, pipelines, stages } from "./tables";
import { updatePipeline } from "./update-pipeline";
import { updateStage } from "./update-stage";

useTestDatabase();

const codeOf = (error: unknown) => (error as { code?: string }).code;
const stageByName = (p: { stages: { id: string; name: string }[] }, name: string) => {
  const stage = p.stages.find((s) => s.name === name);
  if (!stage) throw new Error(`no stage ${name}`);
  return stage;
};

describe("pipelines: default pipeline", () => {
  it("exists for a new org, created with the org and audited", async () => {
    const org = await createTestOrg("Default");
    // Read the rows before listPipelines, which would create it lazily.
    const rows = await withOrg(org.ctx, (tx) => tx.select().from(pipelines));
    expect(rows).toMatchObject([{ name: "Sales", isDefault: true }]);
    const [sales] = await listPipelines(org.ctx);
    expect(sales?.id).toBe(rows[0]?.id);
    expect(sales?.stages.map((s) => [s.name, s.probability, s.kind, s.position])).toEqual([
      ["Lead in", 10, "open", 0],
      ["Qualified", 25, "open", 1],
      ["Proposal", 50, "open", 2],
      ["Negotiation", 75, "open", 3],
      ["Won", 100, "won", 4],
      ["Lost", 0, "lost", 5],
    ]);
    const audits = await withOrg(org.ctx, (tx) =>
      tx.select().from(auditLog).where(eq(auditLog.action, "pipeline.create")),
    );
    expect(audits).toMatchObject([{ entityId: sales?.id, actorUserId: org.userId }]);
  });

  it("is created once, lazily, for an org that has none", async () => {
    const org = await createTestOrg("Legacy");
    const db = await getDb();
    // An org from before pipelines existed: no pipeline rows at all.
    await db.delete(pipelines).where(eq(pipelines.orgId, org.orgId));
    const viewer = await addTestMember(org.orgId, "readonly");
    const [first, second] = await Promise.all([listPipelines(viewer.ctx), listPipelines(org.ctx)]);
    expect(first?.map((p) => p.name)).toEqual(["Sales"]);
    expect(second?.map((p) => p.id)).toEqual(first?.map((p) => p.id));
    const rows = await withOrg(org.ctx, (tx) => tx.select().from(pipelines));
    expect(rows).toHaveLength(1);
    const stageRows = await withOrg(org.ctx, (tx) => tx.select().from(stages));
    expect(stageRows).toHaveLength(6);
  });
});

describe("pipelines: management", () => {
  it("managers manage pipelines; reps and readonly get 403 but can read them", async () => {
    const org = await createTestOrg("Manage");
    const manager = await addTestMember(org.orgId, "manager");
    const rep = await addTestMember(org.orgId, "rep");
    const viewer = await addTestMember(org.orgId, "readonly");
    const [sales] = await listPipelines(rep.ctx);
    if (!sales) throw new Error("no default pipeline");

    // Through the operation: its schema gives stages their default kind and probability.
    const renewals = await runOperation(pipelineOperations.create, manager.ctx, {
      name: "Renewals",
      stages: [{ name: "Due" }, { name: "Renewed", kind: "won" }, { name: "Churned", kind: "lost" }],
    });
    expect(renewals.isDefault).toBe(false);
    expect(renewals.stages.map((s) => [s.name, s.probability, s.kind])).toEqual([
      ["Due", 10, "open"],
      ["Renewed", 100, "won"],
      ["Churned", 0, "lost"],
    ]);
    for (const ctx of [rep.ctx, viewer.ctx]) {
      await expect(createPipeline(ctx, { name: "No" }).catch(codeOf)).resolves.toBe("forbidden");
      await expect(updatePipeline(ctx, sales.id, { name: "No" }).catch(codeOf)).resolves.toBe("forbidden");
      await expect(addStage(ctx, sales.id, { name: "No" }).catch(codeOf)).resolves.toBe("forbidden");
      await expect(
        updateStage(ctx, sales.id, stageByName(sales, "Qualified").id, { probability: 30 }).catch(codeOf),
      ).resolves.toBe("forbidden");
      await expect(deletePipeline(ctx, renewals.id).catch(codeOf)).resolves.toBe("forbidden");
      await expect(
        deleteStage(ctx, sales.id, stageByName(sales, "Qualified").id).catch(codeOf),
      ).resolves.toBe("forbidden");
    }

    // Making Renewals the default takes the flag away from Sales.
    await updatePipeline(manager.ctx, renewals.id, { name: "Renewals 2026", isDefault: true });
    const after = await listPipelines(viewer.ctx);
    expect(after.map((p) => [p.name, p.isDefault])).toEqual([
      ["Sales", false],
      ["Renewals 2026", true],
    ]);
    const audits = await withOrg(org.ctx, (tx) =>
      tx
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, "pipeline.update"), eq(auditLog.entityId, renewals.id))),
    );
    expect(audits).toMatchObject([
      { actorUserId: manager.userId, before: { name: "Renewals" }, after: { name: "Renewals 2026" } },
    ]);
  });

  it("adds, updates and reorders stages, keeping at least one open stage", async () => {
    const org = await createTestOrg("Stages");
    const [sales] = await listPipelines(org.ctx);
    if (!sales) throw new Error("no default pipeline");
    // An open stage lands before Won/Lost by default.
    const demo = await addStage(org.ctx, sales.id, { name: "Demo", probability: 60 });
    let names = (await getPipeline(org.ctx, sales.id)).stages.map((s) => s.name);
    expect(names).toEqual(["Lead in", "Qualified", "Proposal", "Negotiation", "Demo", "Won", "Lost"]);
    await addStage(org.ctx, sales.id, { name: "First", position: 0 });
    names = (await getPipeline(org.ctx, sales.id)).stages.map((s) => s.name);
    expect(names[0]).toBe("First");

    await expect(
      updateStage(org.ctx, sales.id, demo.id, { probability: 65, name: "Demo done" }),
    ).resolves.toMatchObject({ probability: 65, name: "Demo done" });
    const bad = await runOperation(pipelineOperations.updateStage, org.ctx, {
      id: sales.id,
      stageId: demo.id,
      patch: { probability: 101 },
    }).catch((e: unknown) => e);
    expect(bad).toMatchObject({
      code: "unprocessable",
      fieldErrors: { probability: [expect.any(String)] },
    });

    const current = await getPipeline(org.ctx, sales.id);
    const reversed = current.stages.map((s) => s.id).reverse();
    await reorderStages(org.ctx, sales.id, { stageIds: reversed });
    expect((await getPipeline(org.ctx, sales.id)).stages.map((s) => s.id)).toEqual(reversed);
    const incomplete = await reorderStages(org.ctx, sales.id, { stageIds: reversed.slice(1) }).catch(
      (e: unknown) => e,
    );
    expect(incomplete).toMatchObject({
      code: "unprocessable",
      fieldErrors: { stageIds: [expect.any(String)] },
    });

    const solo = await runOperation(pipelineOperations.create, org.ctx, {
      name: "Solo",
      stages: [{ name: "Only" }, { name: "W", kind: "won" }],
    });
    const only = stageByName(solo, "Only");
    await expect(updateStage(org.ctx, solo.id, only.id, { kind: "lost" }).catch(codeOf)).resolves.toBe(
      "unprocessable",
    );
    await expect(deleteStage(org.ctx, solo.id, only.id).catch(codeOf)).resolves.toBe("unprocessable");
    // A stage is addressed through its own pipeline only.
    await expect(updateStage(org.ctx, sales.id, only.id, { name: "x" }).catch(codeOf)).resolves.toBe(
      "not_found",
    );
  });

  it("deletes a stage with deals only when told where to move them", async () => {
    const org = await createTestOrg("DelStage");
    const [sales] = await listPipelines(org.ctx);
    if (!sales) throw new Error("no default pipeline");
    const qualified = stageByName(sales, "Qualified");
    const proposal = stageByName(sales, "Proposal");
    const a = await createDeal(org.ctx, { title: "A", value: 1000, stageId: qualified.id });
    const b = await createDeal(org.ctx, { title: "B", value: 2000, stageId: qualified.id, probability: 90 });
    await deleteDeal(org.ctx, b.id); // in the trash, still in the stage

    const missing = await deleteStage(org.ctx, sales.id, qualified.id).catch((e: unknown) => e);
    expect(missing).toMatchObject({
      code: "unprocessable",
      fieldErrors: { moveDealsToStageId: [expect.stringContaining("2 deal(s)")] },
    });
    const other = await createPipeline(org.ctx, { name: "Other" });
    const foreign = await deleteStage(org.ctx, sales.id, qualified.id, {
      moveDealsToStageId: stageByName(other, "Proposal").id,
    }).catch((e: unknown) => e);
    expect(foreign).toMatchObject({
      code: "unprocessable",
      fieldErrors: { moveDealsToStageId: [expect.any(String)] },
    });

    await expect(
      deleteStage(org.ctx, sales.id, qualified.id, { moveDealsToStageId: proposal.id }),
    ).resolves.toEqual({ movedDeals: 2 });
    const moved = await withOrg(org.ctx, (tx) => tx.select().from(deals).where(eq(deals.orgId, org.orgId)));
    expect(moved.map((d) => [d.title, d.stageId, d.probability]).sort()).toEqual([
      ["A", proposal.id, 50],
      ["B", proposal.id, 50],
    ]);
    expect((await getDealOrThrow(org.ctx, a.id)).weightedValue).toBe(500);
    expect((await getPipeline(org.ctx, sales.id)).stages.map((s) => s.name)).not.toContain("Qualified");
    const audits = await withOrg(org.ctx, (tx) =>
      tx.select().from(auditLog).where(eq(auditLog.action, "stage.delete")),
    );
    expect(audits).toMatchObject([
      { entityId: qualified.id, after: { movedDeals: 2, moveDealsToStageId: proposal.id } },
    ]);

    // An empty stage needs no target.
    await expect(deleteStage(org.ctx, sales.id, stageByName(sales, "Negotiation").id)).resolves.toEqual({
      movedDeals: 0,
    });
  });

  it("deletes a pipeline only when it has no deals and is not the last one", async () => {
    const org = await createTestOrg("DelPipe");
    const [sales] = await listPipelines(org.ctx);
    if (!sales) throw new Error("no default pipeline");
    await expect(deletePipeline(org.ctx, sales.id).catch(codeOf)).resolves.toBe("conflict");
    const other = await createPipeline(org.ctx, { name: "Other" });
    const deal = await createDeal(org.ctx, { title: "Keeps it", pipelineId: other.id });
    expect(deal.stageId).toBe(stageByName(other, "Lead in").id);
    await expect(deletePipeline(org.ctx, other.id).catch(codeOf)).resolves.toBe("conflict");
    const db = await getDb();
    await db.delete(deals).where(eq(deals.id, deal.id));

    // Deleting the default hands the flag to the remaining pipeline.
    await deletePipeline(org.ctx, sales.id);
    await expect(deletePipeline(org.ctx, sales.id).catch(codeOf)).resolves.toBe("not_found");
    const left = await listPipelines(org.ctx);
    expect(left.map((p) => [p.name, p.isDefault])).toEqual([["Other", true]]);
    await expect(deletePipeline(org.ctx, other.id).catch(codeOf)).resolves.toBe("conflict");
    const stagesOfSales = await withOrg(org.ctx, (tx) =>
      tx.select().from(stages).where(eq(stages.pipelineId, sales.id)),
    );
    expect(stagesOfSales).toEqual([]);
  });
});
