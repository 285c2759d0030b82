import { and, eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { members, organizations } from "./tables";

/** The user's role in an org (by id or slug), or null when they are not a member: callers answer 404. */
export async function getMembership(userId: string, org: { id: string } | { slug: string }) {
  const db = await getDb();
  const [row] = await db
    .select({
      role: members.role,
      org: { id: organizations.id, name: organizations.name, slug: organizations.slug },
    })
    .from(members)
    .innerJoin(organizations, eq(organizations.id, members.organizationId))
    .where(
      and(
        eq(members.userId, userId),
        "id" in org ? eq(organizations.id, org.id) : eq(organizations.slug, org.slug),
      ),
    );
  return row ?? null;
}

export type Membership = NonNullable<Awaited<ReturnType<typeof getMembership>>>;
