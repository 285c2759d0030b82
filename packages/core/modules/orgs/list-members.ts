import { and, asc, eq, gt } from "drizzle-orm";
import { getDb } from "../../db/client";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import { users } from "../auth/tables";
import { invitations, members } from "./tables";

export async function listMembers(ctx: Ctx) {
  assertCan(ctx, "org:read");
  const db = await getDb();
  return db
    .select({
      memberId: members.id,
      userId: users.id,
      name: users.name,
      email: users.email,
      role: members.role,
      joinedAt: members.createdAt,
    })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(eq(members.organizationId, ctx.orgId))
    .orderBy(asc(users.name));
}

export async function listPendingInvitations(ctx: Ctx) {
  assertCan(ctx, "members:manage");
  const db = await getDb();
  return db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
    })
    .from(invitations)
    .where(
      and(
        eq(invitations.organizationId, ctx.orgId),
        eq(invitations.status, "pending"),
        gt(invitations.expiresAt, new Date()),
      ),
    )
    .orderBy(asc(invitations.createdAt));
}
