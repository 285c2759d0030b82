import { eq } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import { orgSettings } from "./tables";

export async function getOrgSettings(ctx: Ctx) {
  assertCan(ctx, "org:read");
  return withOrg(ctx, async (tx) => {
    const [row] = await tx.select().from(orgSettings).where(eq(orgSettings.orgId, ctx.orgId));
    return (
      row ?? {
        orgId: ctx.orgId,
        defaultCurrency: "USD",
        timeZone: "UTC",
        repsCanReadAll: false,
        updatedAt: new Date(),
      }
    );
  });
}
