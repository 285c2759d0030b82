import { and, desc, eq, lt } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import { auditLog } from "./tables";

/** Newest first, keyset-paginated on the UUIDv7 id (time-ordered). */
export async function listAudit(ctx: Ctx, params: { limit?: number; before?: string } = {}) {
  assertCan(ctx, "audit:read");
  const limit = Math.min(params.limit ?? 50, 200);
  return withOrg(ctx, (tx) =>
    tx
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, ctx.orgId), params.before ? lt(auditLog.id, params.before) : undefined))
      .orderBy(desc(auditLog.id))
      .limit(limit),
  );
}
