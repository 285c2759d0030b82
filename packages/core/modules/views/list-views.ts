import { and, asc, eq, or } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import { requireUserId } from "../notifications/require-user-id";
import type { ListViewsData } from "./schemas";
import { savedViews } from "./tables";

/** The caller's own views of an object and those shared in the org, by name. */
export async function listViews(ctx: Ctx, { object }: ListViewsData) {
  assertCan(ctx, "records:read");
  const userId = requireUserId(ctx);
  return withOrg(ctx, (tx) =>
    tx
      .select()
      .from(savedViews)
      .where(
        and(
          eq(savedViews.orgId, ctx.orgId),
          eq(savedViews.object, object),
          or(eq(savedViews.ownerId, userId), eq(savedViews.shared, true)),
        ),
      )
      .orderBy(asc(savedViews.name), asc(savedViews.id)),
  );
}
