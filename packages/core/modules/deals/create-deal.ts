import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { newId } from "../../platform/ids";
import { assertCan } from "../../platform/permissions";
import { recordAudit } from "../audit/record-audit";
import { listCustomFieldDefs, validateCustomValues } from "../custom-fields/custom-values";
import { assertReferences } from "../records/assert-references";
import { assertCanAssign } from "../records/record-access";
import { replaceDealContacts } from "./deal-contacts";
import { orgDefaultCurrency, orgToday } from "./pipeline-queries";
import { resolveDealStage } from "./resolve-deal-stage";
import type { CreateDealData } from "./schemas";
import { stageTransition } from "./stage-transition";
import { deals } from "./tables";
import { withWeightedValue } from "./weighted-value";

/**
 * Creates a deal. Defaults: the org's currency, the default pipeline and its first open stage, the
 * stage's probability. A deal created in a won/lost stage is closed like one moved there. The input
 * is parsed by `createDealSchema` (the operation `deals.create`).
 */
export async function createDeal(ctx: Ctx, input: CreateDealData) {
  assertCan(ctx, "records:write");
  const { contactIds = [], pipelineId, stageId, ...data } = input;
  const ownerId = data.ownerId === undefined ? ctx.userId : data.ownerId;
  assertCanAssign(ctx, null, ownerId === ctx.userId ? undefined : ownerId);
  return withOrg(ctx, async (tx) => {
    await assertReferences(tx, ctx, {
      companyId: data.companyId,
      primaryContactId: data.primaryContactId,
      ownerId,
      contactIds,
    });
    const stage = await resolveDealStage(tx, ctx, { pipelineId, stageId });
    const custom = validateCustomValues(await listCustomFieldDefs(tx, ctx, "deals"), data.custom, {
      creating: true,
    });
    const transition = stageTransition(
      // A new deal has nothing to reopen: an outcome given for an open stage (abandoned) is kept.
      { outcome: null, actualCloseDate: data.actualCloseDate ?? null, lostReason: data.lostReason ?? null },
      stage,
      await orgToday(tx, ctx.orgId),
    );
    const [row] = await tx
      .insert(deals)
      .values({
        ...data,
        ...transition,
        probability: data.probability ?? transition.probability,
        currency: data.currency ?? (await orgDefaultCurrency(tx, ctx.orgId)),
        id: newId(),
        orgId: ctx.orgId,
        ownerId,
        custom,
        createdBy: ctx.userId,
      })
      .returning();
    if (!row) throw new Error("insert returned no row");
    const linked = await replaceDealContacts(tx, ctx, row.id, contactIds, row.primaryContactId);
    const deal = withWeightedValue({ ...row, contactIds: linked });
    await recordAudit(tx, ctx, { action: "deal.create", entityType: "deal", entityId: row.id, after: deal });
    return deal;
  });
}
