import { hashPassword } from "better-auth/crypto";
import { and, eq, like, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "../../db/client";
import { notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { accounts, sessions, users, verifications } from "../auth/tables";
import { passwordSchema } from "../orgs/schemas";

export const resetUserPasswordSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: passwordSchema,
});
export type ResetUserPasswordInput = z.input<typeof resetUserPasswordSchema>;

/**
 * Sets a user's password from the command line (`crm user:reset-password`): the way back in while no
 * mail transport is configured, since reset links then reach only the server log. Like a reset by
 * link, it signs the user out everywhere and voids reset links still outstanding.
 */
export async function resetUserPassword(input: ResetUserPasswordInput) {
  const data = resetUserPasswordSchema.parse(input);
  const db = await getDb();
  const passwordHash = await hashPassword(data.password);
  return db.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(eq(sql`lower(${users.email})`, data.email));
    if (!user) throw notFound(`No user with the email ${data.email}`);
    const updated = await tx
      .update(accounts)
      .set({ password: passwordHash, updatedAt: new Date() })
      .where(and(eq(accounts.userId, user.id), eq(accounts.providerId, "credential")))
      .returning({ id: accounts.id });
    // Someone who so far signed in only with Google, GitHub or Microsoft gets a password too.
    if (updated.length === 0) {
      await tx.insert(accounts).values({
        id: newId(),
        accountId: user.id,
        providerId: "credential",
        userId: user.id,
        password: passwordHash,
      });
    }
    const signedOut = await tx
      .delete(sessions)
      .where(eq(sessions.userId, user.id))
      .returning({ id: sessions.id });
    await tx
      .delete(verifications)
      .where(and(like(verifications.identifier, "reset-password:%"), eq(verifications.value, user.id)));
    return { userId: user.id, email: user.email, sessionsRevoked: signedOut.length };
  });
}
