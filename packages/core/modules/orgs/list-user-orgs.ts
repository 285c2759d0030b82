import { asc, eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { members, organizations } from "./tables";

export async function listUserOrgs(userId: string) {
  const db = await getDb();
  return db
    .select({ id: organizations.id, name: organizations.name, slug: organizations.slug, role: members.role })
    .from(members)
    .innerJoin(organizations, eq(organizations.id, members.organizationId))
    .where(eq(members.userId, userId))
    .orderBy(asc(organizations.name));
}
