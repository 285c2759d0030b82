import { eq } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { recordAudit } from "../audit/record-audit";
import { listCustomFieldDefs, validateCustomValues } from "../custom-fields/custom-values";
import { sanitizeRichText } from "../records/sanitize-html";
import { findWritableActivity } from "./activity-access";
import { assertVisibleLinks } from "./assert-visible-links";
import { DIRECTED_ACTIVITY_TYPES, LINK_FIELDS, type UpdateActivityData } from "./schemas";
import { activities } from "./tables";

/** Changes an activity with input already parsed by `updateActivitySchema` (the operation `activities.update`). */
export async function updateActivity(ctx: Ctx, id: string, data: UpdateActivityData) {
  return withOrg(ctx, async (tx) => {
    const before = await findWritableActivity(tx, ctx, id);
    const merged = { ...before, ...data };
    if (!LINK_FIELDS.some((field) => merged[field])) {
      throw new AppError("unprocessable", "An activity must stay linked to a record", {
        fieldErrors: { contactId: ["Link the activity to a contact, a company or a deal"] },
      });
    }
    const directed = DIRECTED_ACTIVITY_TYPES.includes(merged.type);
    if (data.direction && !directed) {
      throw new AppError("unprocessable", "Only calls and emails have a direction", {
        fieldErrors: { direction: ["Only calls and emails have a direction"] },
      });
    }
    if (data.callOutcome && merged.type !== "call") {
      throw new AppError("unprocessable", "Only calls have an outcome", {
        fieldErrors: { callOutcome: ["Only calls have an outcome"] },
      });
    }
    // Only newly set links are checked: an existing link stays even if its record was reassigned.
    await assertVisibleLinks(tx, ctx, {
      contactId: data.contactId !== before.contactId ? data.contactId : undefined,
      companyId: data.companyId !== before.companyId ? data.companyId : undefined,
      dealId: data.dealId !== before.dealId ? data.dealId : undefined,
    });
    const custom =
      data.custom === undefined
        ? undefined
        : validateCustomValues(await listCustomFieldDefs(tx, ctx, "activities"), data.custom, {
            existing: before.custom,
            creating: false,
          });
    const [after] = await tx
      .update(activities)
      .set({
        ...data,
        custom,
        body: data.body === undefined ? undefined : sanitizeRichText(data.body),
        occurredAt: data.occurredAt === undefined ? undefined : new Date(data.occurredAt),
        // A call turned into a note loses its direction.
        direction: directed ? data.direction : null,
        updatedAt: new Date(),
      })
      .where(eq(activities.id, id))
      .returning();
    if (!after) throw new Error("update returned no row");
    await recordAudit(tx, ctx, {
      action: "activity.update",
      entityType: "activity",
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
