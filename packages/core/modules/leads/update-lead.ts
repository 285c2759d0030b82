import { eq } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { recordAudit } from "../audit/record-audit";
import { listCustomFieldDefs, validateCustomValues } from "../custom-fields/custom-values";
import { assertReferences } from "../records/assert-references";
import { assertCanAssign, findWritableRecord } from "../records/record-access";
import type { UpdateLeadData } from "./schemas";
import { type Lead, leads } from "./tables";

/** Changes a lead with input already parsed by `updateLeadSchema` (the operation `leads.update`). */
export async function updateLead(ctx: Ctx, id: string, data: UpdateLeadData) {
  return withOrg(ctx, async (tx) => {
    const before = await findWritableRecord<Lead>(tx, ctx, leads, "leads", id);
    // The conversion links stay true only while the lead stays converted.
    if (before.status === "converted" && data.status !== undefined) {
      throw new AppError("conflict", "A converted lead keeps its status", {
        fieldErrors: { status: ["A converted lead keeps its status"] },
      });
    }
    assertCanAssign(ctx, before.ownerId, data.ownerId);
    await assertReferences(tx, ctx, { ownerId: data.ownerId });
    const custom =
      data.custom === undefined
        ? undefined
        : validateCustomValues(await listCustomFieldDefs(tx, ctx, "leads"), data.custom, {
            existing: before.custom,
            creating: false,
          });
    const [after] = await tx
      .update(leads)
      .set({ ...data, custom, updatedAt: new Date() })
      .where(eq(leads.id, id))
      .returning();
    if (!after) throw new Error("update returned no row");
    await recordAudit(tx, ctx, { action: "lead.update", entityType: "lead", entityId: id, before, after });
    return after;
  });
}
