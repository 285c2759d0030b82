import { hashPassword } from "better-auth/crypto";
import { and, eq, gt, sql } from "drizzle-orm";
import { getDb } from "../../db/client";
import { AppError } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { recordAudit } from "../audit/record-audit";
import { accounts, users } from "../auth/tables";
import { type AcceptInvitationAsNewUserInput, acceptInvitationAsNewUserSchema } from "./schemas";
import { invitations, members, organizations } from "./tables";

/**
 * Someone without an account opens an invitation link: create the user with the invited email,
 * make them a member with the invited role, and close the invitation — one transaction.
 */
export async function acceptInvitationAsNewUser(input: AcceptInvitationAsNewUserInput) {
  const data = acceptInvitationAsNewUserSchema.parse(input);
  const db = await getDb();
  const passwordHash = await hashPassword(data.password);
  return db.transaction(async (tx) => {
    const [invitation] = await tx
      .select({
        id: invitations.id,
        email: invitations.email,
        role: invitations.role,
        orgId: invitations.organizationId,
        orgSlug: organizations.slug,
      })
      .from(invitations)
      .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
      .where(
        and(
          eq(invitations.id, data.invitationId),
          eq(invitations.status, "pending"),
          gt(invitations.expiresAt, new Date()),
        ),
      )
      .for("update");
    if (!invitation) throw new AppError("not_found", "This invitation is invalid or has expired");
    const email = invitation.email.toLowerCase();
    const [existing] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(sql`lower(${users.email})`, email));
    if (existing)
      throw new AppError("conflict", "An account with this email already exists: sign in to accept");
    const userId = newId();
    // Not proven: whoever holds the link chose this password, and the link may have been read by
    // someone other than the mailbox's owner (see oauthUserPolicy, which will not link a provider).
    await tx.insert(users).values({ id: userId, name: data.name, email, emailVerified: false });
    await tx.insert(accounts).values({
      id: newId(),
      accountId: userId,
      providerId: "credential",
      userId,
      password: passwordHash,
    });
    await tx
      .insert(members)
      .values({ id: newId(), organizationId: invitation.orgId, userId, role: invitation.role });
    await tx.update(invitations).set({ status: "accepted" }).where(eq(invitations.id, invitation.id));
    await recordAudit(
      tx,
      { orgId: invitation.orgId, userId },
      {
        action: "member.join",
        entityType: "member",
        entityId: userId,
        after: { email, role: invitation.role },
      },
    );
    return { userId, email, orgId: invitation.orgId, orgSlug: invitation.orgSlug };
  });
}
