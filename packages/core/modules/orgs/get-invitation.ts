import { and, eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { invitations, organizations } from "./tables";

/** Public view of an invitation for its landing page: the id in the link is the secret. */
export async function getPendingInvitation(id: string) {
  const parsed = /^[0-9a-f-]{36}$/i.test(id) ? id : null;
  if (!parsed) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
      org: { id: organizations.id, name: organizations.name, slug: organizations.slug },
    })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
    .where(and(eq(invitations.id, parsed), eq(invitations.status, "pending")));
  if (!row || row.expiresAt < new Date()) return null;
  return row;
}
