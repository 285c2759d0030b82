import { and, eq, or } from "drizzle-orm";
import type { Tx } from "../../db/client";
import type { Ctx } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { savedViews } from "./tables";

export type SavedView = typeof savedViews.$inferSelect;

/** A view the caller sees (own, or shared in the org), or 404. */
export async function findVisibleViewOrThrow(
  tx: Tx,
  ctx: Ctx,
  userId: string,
  id: string,
): Promise<SavedView> {
  const [row] = await tx
    .select()
    .from(savedViews)
    .where(
      and(
        eq(savedViews.orgId, ctx.orgId),
        eq(savedViews.id, id),
        or(eq(savedViews.ownerId, userId), eq(savedViews.shared, true)),
      ),
    );
  if (!row) throw notFound("view not found");
  return row;
}
