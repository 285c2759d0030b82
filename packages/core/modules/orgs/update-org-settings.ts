import { eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import { recordAudit } from "../audit/record-audit";
import { type UpdateOrgSettingsInput, updateOrgSettingsSchema } from "./schemas";
import { organizations, orgSettings } from "./tables";

export async function updateOrgSettings(ctx: Ctx, input: UpdateOrgSettingsInput) {
  assertCan(ctx, "org:update");
  const data = updateOrgSettingsSchema.parse(input);
  const db = await getDb();
  const [org] = await db
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, ctx.orgId));
  const settings = await withOrg(ctx, async (tx) => {
    const [before] = await tx.select().from(orgSettings).where(eq(orgSettings.orgId, ctx.orgId));
    const values = {
      defaultCurrency: data.defaultCurrency,
      timeZone: data.timeZone,
      ...(data.repsCanReadAll === undefined ? {} : { repsCanReadAll: data.repsCanReadAll }),
    };
    const [after] = await tx
      .insert(orgSettings)
      .values({ orgId: ctx.orgId, ...values })
      .onConflictDoUpdate({ target: orgSettings.orgId, set: { ...values, updatedAt: new Date() } })
      .returning();
    await recordAudit(tx, ctx, {
      action: "org.update",
      entityType: "organization",
      entityId: ctx.orgId,
      before: {
        name: org?.name,
        defaultCurrency: before?.defaultCurrency,
        timeZone: before?.timeZone,
        repsCanReadAll: before?.repsCanReadAll,
      },
      after: { name: data.name, ...values },
    });
    return after;
  });
  // organizations is better-auth's table, outside RLS: updated after the tenant transaction, never
  // inside it (PGlite has one connection, so a second query inside the transaction would wait forever).
  await db.update(organizations).set({ name: data.name }).where(eq(organizations.id, ctx.orgId));
  return settings;
}
