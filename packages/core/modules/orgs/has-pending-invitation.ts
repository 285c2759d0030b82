import { and, eq, gt, sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { invitations } from "./tables";

/** Whether some organization has invited this email and the invitation is still open. */
export async function hasPendingInvitation(db: Database, email: string): Promise<boolean> {
  const [row] = await db
    .select({ id: invitations.id })
    .from(invitations)
    .where(
      and(
        sql`lower(${invitations.email}) = ${email.trim().toLowerCase()}`,
        eq(invitations.status, "pending"),
        gt(invitations.expiresAt, new Date()),
      ),
    )
    .limit(1);
  return Boolean(row);
}
