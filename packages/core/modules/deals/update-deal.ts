import { and, eq } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { recordAudit } from "../audit/record-audit";
import { listCustomFieldDefs, validateCustomValues } from "../custom-fields/custom-values";
import { assertReferences } from "../records/assert-references";
import { assertCanAssign, findWritableRecord } from "../records/record-access";
import { logSystemActivity } from "../records/system-activity";
import { listDealContactIds, replaceDealContacts } from "./deal-contacts";
import { logStageChange } from "./log-stage-change";
import { findStage, orgToday } from "./pipeline-queries";
import { resolveDealStage } from "./resolve-deal-stage";
import type { UpdateDealData } from "./schemas";
import { stageTransition } from "./stage-transition";
import { type Deal, dealContacts, deals } from "./tables";
import { withWeightedValue } from "./weighted-value";

/**
 * Changes a deal. A new `stageId` or `pipelineId` moves it like `moveDealStage` (probability, outcome,
 * timeline entry) unless the same request sets the probability itself. The input is parsed by
 * `updateDealSchema` (the operation `deals.update`).
 */
export async function updateDeal(ctx: Ctx, id: string, input: UpdateDealData) {
  const { contactIds, pipelineId, stageId, ...data } = input;
  return withOrg(ctx, async (tx) => {
    const before = await findWritableRecord<Deal>(tx, ctx, deals, "deals", id);
    const beforeContactIds = await listDealContactIds(tx, ctx.orgId, id);
    assertCanAssign(ctx, before.ownerId, data.ownerId);
    await assertReferences(
      tx,
      ctx,
      {
        companyId: data.companyId,
        primaryContactId: data.primaryContactId,
        ownerId: data.ownerId,
        contactIds,
      },
      {
        companyId: before.companyId,
        primaryContactId: before.primaryContactId,
        ownerId: before.ownerId,
        contactIds: beforeContactIds,
      },
    );
    const moves =
      (stageId !== undefined && stageId !== before.stageId) ||
      (pipelineId !== undefined && pipelineId !== before.pipelineId);
    const to = moves ? await resolveDealStage(tx, ctx, { pipelineId, stageId }) : undefined;
    const transition =
      to &&
      stageTransition(
        {
          outcome: data.outcome === undefined ? before.outcome : data.outcome,
          actualCloseDate: data.actualCloseDate === undefined ? before.actualCloseDate : data.actualCloseDate,
          lostReason: data.lostReason === undefined ? before.lostReason : data.lostReason,
        },
        to,
        await orgToday(tx, ctx.orgId),
      );
    const custom =
      data.custom === undefined
        ? undefined
        : validateCustomValues(await listCustomFieldDefs(tx, ctx, "deals"), data.custom, {
            existing: before.custom,
            creating: false,
          });
    const [row] = await tx
      .update(deals)
      .set({
        ...data,
        ...transition,
        probability: data.probability ?? transition?.probability,
        custom,
        updatedAt: new Date(),
      })
      .where(and(eq(deals.orgId, ctx.orgId), eq(deals.id, id)))
      .returning();
    if (!row) throw new Error("update returned no row");

    let linked: string[];
    if (contactIds) {
      linked = await replaceDealContacts(tx, ctx, id, contactIds, row.primaryContactId);
    } else {
      if (row.primaryContactId && row.primaryContactId !== before.primaryContactId) {
        // The new primary contact is no longer one of the additional ones.
        await tx
          .delete(dealContacts)
          .where(
            and(
              eq(dealContacts.orgId, ctx.orgId),
              eq(dealContacts.dealId, id),
              eq(dealContacts.contactId, row.primaryContactId),
            ),
          );
      }
      linked = beforeContactIds.filter((contactId) => contactId !== row.primaryContactId);
    }

    if (to) await logStageChange(tx, ctx, id, await findStage(tx, ctx.orgId, before.stageId), to);
    if (data.ownerId !== undefined && data.ownerId !== before.ownerId) {
      await logSystemActivity(tx, ctx, {
        subject: "Owner changed",
        event: { kind: "owner_changed", from: before.ownerId, to: row.ownerId },
        dealId: id,
      });
    }
    const after = withWeightedValue({ ...row, contactIds: linked });
    await recordAudit(tx, ctx, {
      action: "deal.update",
      entityType: "deal",
      entityId: id,
      before: { ...before, contactIds: beforeContactIds },
      after,
    });
    return after;
  });
}
