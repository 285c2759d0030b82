import { asc } from "drizzle-orm";
import { getDb } from "../../db/client";
import { organizations } from "./tables";

/**
 * Every organization on this installation, for the operator's CLI (`crm org:list`): the ids that
 * `apikey:create` and `seed` take were shown nowhere else. Not reachable from the web.
 */
export async function listAllOrgs() {
  const db = await getDb();
  return db
    .select({ id: organizations.id, slug: organizations.slug, name: organizations.name })
    .from(organizations)
    .orderBy(asc(organizations.name));
}
