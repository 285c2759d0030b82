import { getDb } from "../../db/client";
import { insertOrganization } from "./insert-organization";
import { type CreateOrganizationInput, createOrganizationSchema } from "./schemas";

/** A signed-in user starts another organization and becomes its admin. */
export async function createOrganization(userId: string, input: CreateOrganizationInput) {
  const data = createOrganizationSchema.parse(input);
  const db = await getDb();
  return db.transaction((tx) => insertOrganization(tx, { ...data, adminUserId: userId }));
}
