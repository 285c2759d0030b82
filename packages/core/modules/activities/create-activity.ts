import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { newId } from "../../platform/ids";
import { assertCan } from "../../platform/permissions";
import { recordAudit } from "../audit/record-audit";
import { listCustomFieldDefs, validateCustomValues } from "../custom-fields/custom-values";
import { sanitizeRichText } from "../records/sanitize-html";
import { assertVisibleLinks } from "./assert-visible-links";
import type { CreateActivityData } from "./schemas";
import { activities } from "./tables";

/**
 * Logs a note, call, meeting or email on records the caller can see; the caller is its author. The
 * input is parsed by `createActivitySchema` (the operation `activities.create`).
 */
export async function createActivity(ctx: Ctx, data: CreateActivityData) {
  assertCan(ctx, "records:write");
  return withOrg(ctx, async (tx) => {
    await assertVisibleLinks(tx, ctx, data);
    const custom = validateCustomValues(await listCustomFieldDefs(tx, ctx, "activities"), data.custom, {
      creating: true,
    });
    const [row] = await tx
      .insert(activities)
      .values({
        ...data,
        id: newId(),
        orgId: ctx.orgId,
        ownerId: ctx.userId,
        createdBy: ctx.userId,
        body: data.body === undefined ? undefined : sanitizeRichText(data.body),
        occurredAt: data.occurredAt === undefined ? undefined : new Date(data.occurredAt),
        custom,
      })
      .returning();
    if (!row) throw new Error("insert returned no row");
    await recordAudit(tx, ctx, {
      action: "activity.create",
      entityType: "activity",
      entityId: row.id,
      after: row,
    });
    return row;
  });
}
