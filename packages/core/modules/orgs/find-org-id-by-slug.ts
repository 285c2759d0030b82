import { eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { organizations } from "./tables";

/** The id of the org with this slug, or null. Not tenant data: callers check membership themselves. */
export async function findOrgIdBySlug(slug: string): Promise<string | null> {
  const db = await getDb();
  const [org] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.slug, slug));
  return org?.id ?? null;
}
