import { getDb } from "../../db/client";
import type { Ctx } from "../../platform/context";
import { newId } from "../../platform/ids";
import { companies } from "../companies/tables";
import { deals, pipelines, stages } from "../deals/tables";

// Test rows for records whose services live in other modules: written directly as the owner.

export async function insertTestCompany(ctx: Ctx, values: { name: string; ownerId?: string | null }) {
  const db = await getDb();
  const [row] = await db
    .insert(companies)
    .values({ id: newId(), orgId: ctx.orgId, ownerId: ctx.userId, ...values })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function insertTestDeal(
  ctx: Ctx,
  values: {
    title: string;
    ownerId?: string | null;
    companyId?: string | null;
    primaryContactId?: string | null;
    expectedCloseDate?: string | null;
    outcome?: "won" | "lost" | "abandoned" | null;
  },
) {
  const db = await getDb();
  const pipelineId = newId();
  const stageId = newId();
  await db.insert(pipelines).values({ id: pipelineId, orgId: ctx.orgId, name: "Sales" });
  await db
    .insert(stages)
    .values({ id: stageId, orgId: ctx.orgId, pipelineId, name: "Open", position: 0, probability: 10 });
  const [row] = await db
    .insert(deals)
    .values({
      id: newId(),
      orgId: ctx.orgId,
      ownerId: ctx.userId,
      currency: "EUR",
      pipelineId,
      stageId,
      probability: 10,
      ...values,
    })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}
