import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { newId } from "../../platform/ids";
import { assertCan } from "../../platform/permissions";
import { recordAudit } from "../audit/record-audit";
import { listCustomFieldDefs, validateCustomValues } from "../custom-fields/custom-values";
import { assertReferences } from "../records/assert-references";
import { assertCanAssign } from "../records/record-access";
import type { CreateLeadData } from "./schemas";
import { leads } from "./tables";

/** Creates a lead from input already parsed by `createLeadSchema` (the operation `leads.create`). */
export async function createLead(ctx: Ctx, data: CreateLeadData) {
  assertCan(ctx, "records:write");
  const ownerId = data.ownerId === undefined ? ctx.userId : data.ownerId;
  assertCanAssign(ctx, null, ownerId === ctx.userId ? undefined : ownerId);
  return withOrg(ctx, async (tx) => {
    await assertReferences(tx, ctx, { ownerId });
    const custom = validateCustomValues(await listCustomFieldDefs(tx, ctx, "leads"), data.custom, {
      creating: true,
    });
    const [row] = await tx
      .insert(leads)
      .values({ ...data, id: newId(), orgId: ctx.orgId, ownerId, custom, createdBy: ctx.userId })
      .returning();
    if (!row) throw new Error("insert returned no row");
    await recordAudit(tx, ctx, { action: "lead.create", entityType: "lead", entityId: row.id, after: row });
    return row;
  });
}
