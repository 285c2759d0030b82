import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "../../db/client";
import { AppError, notFound } from "../../platform/errors";
import { users } from "../auth/tables";
import { roleSchema } from "../orgs/schemas";
import { members } from "../orgs/tables";
import { createApiKey } from "./create-api-key";

export const createCliApiKeySchema = z.object({
  orgId: z.uuid(),
  role: roleSchema,
  name: z.string().trim().min(1).max(100),
  /** The member the key acts for; without one the key is an actor of its own. */
  userEmail: z.string().trim().toLowerCase().pipe(z.email()).optional(),
});
export type CreateCliApiKeyInput = z.input<typeof createCliApiKeySchema>;

/**
 * `crm apikey:create`. A key with no member behind it is an actor of its own, audited as the key,
 * which suits the roles that see every record (admin, manager, readonly). A rep sees only its own
 * records and those shared with it, which a key owns none of: a rep key acts for a member (`--user`),
 * and then follows that member's membership and role like a key made in the app.
 */
export async function createCliApiKey(input: CreateCliApiKeyInput) {
  const data = createCliApiKeySchema.parse(input);
  let userId: string | null = null;
  if (data.userEmail) {
    const db = await getDb();
    const [member] = await db
      .select({ userId: members.userId })
      .from(members)
      .innerJoin(users, eq(users.id, members.userId))
      .where(and(eq(members.organizationId, data.orgId), eq(sql`lower(${users.email})`, data.userEmail)));
    if (!member) throw notFound(`No member with the email ${data.userEmail} in this organization`);
    userId = member.userId;
  } else if (data.role === "rep") {
    throw new AppError(
      "unprocessable",
      "A rep key sees only its member's records: name the member with --user EMAIL",
      {
        fieldErrors: { userEmail: ["Required for a rep key"] },
      },
    );
  }
  return createApiKey({ orgId: data.orgId, userId, role: "admin" }, { name: data.name, role: data.role });
}
