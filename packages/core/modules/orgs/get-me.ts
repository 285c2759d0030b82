import { eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import type { Ctx } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { users } from "../auth/tables";
import { organizations } from "./tables";

/** Who the caller is: the user (for an API key, the user who created it), the org and the role. */
export async function getMe(ctx: Ctx) {
  const db = await getDb();
  const [org] = await db
    .select({ id: organizations.id, name: organizations.name, slug: organizations.slug })
    .from(organizations)
    .where(eq(organizations.id, ctx.orgId));
  if (!org) throw notFound("Organization not found");
  const [user] = ctx.userId
    ? await db
        .select({ id: users.id, name: users.name, email: users.email })
        .from(users)
        .where(eq(users.id, ctx.userId))
    : [];
  return {
    user: user ?? null,
    org,
    role: ctx.role,
    authenticatedBy: ctx.apiKeyId ? ("api_key" as const) : ("session" as const),
  };
}
