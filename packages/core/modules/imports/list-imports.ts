import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import { toImportResponse } from "./get-import";
import { imports } from "./tables";

/** The latest imports (admins and managers: the org's; others: their own), newest first. */
export async function listImports(ctx: Ctx, options: { limit?: number } = {}) {
  assertCan(ctx, "records:read");
  const own =
    ctx.role === "admin" || ctx.role === "manager"
      ? undefined
      : ctx.userId
        ? eq(imports.createdBy, ctx.userId)
        : ctx.apiKeyId
          ? eq(imports.createdByApiKey, ctx.apiKeyId)
          : sql`false`;
  return withOrg(ctx, async (tx) => {
    const rows = await tx
      .select()
      .from(imports)
      .where(and(eq(imports.orgId, ctx.orgId), own) as SQL)
      .orderBy(desc(imports.createdAt), desc(imports.id))
      .limit(Math.min(options.limit ?? 50, 200));
    return rows.map((r) => toImportResponse(r));
  });
}
