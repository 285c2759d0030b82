import { desc, eq } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import { devMails } from "./tables";

export async function listDevMails(ctx: Ctx, limit = 50) {
  assertCan(ctx, "devMail:read");
  return withOrg(ctx, (tx) =>
    tx
      .select()
      .from(devMails)
      .where(eq(devMails.orgId, ctx.orgId))
      .orderBy(desc(devMails.createdAt))
      .limit(limit),
  );
}
