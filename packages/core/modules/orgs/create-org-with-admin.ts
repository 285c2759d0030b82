import { hashPassword } from "better-auth/crypto";
import { eq, sql } from "drizzle-orm";
import { getDb } from "../../db/client";
import { AppError } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { accounts, users } from "../auth/tables";
import { insertOrganization } from "./insert-organization";
import { type CreateOrgWithAdminInput, createOrgWithAdminSchema } from "./schemas";

/**
 * Creates an organization and its first admin in one transaction (setup page and CLI).
 * `onlyIfFirst` (the setup page) refuses once any user exists, even when two setups race.
 */
export async function createOrgWithAdmin(
  input: CreateOrgWithAdminInput,
  options: { onlyIfFirst?: boolean } = {},
) {
  const data = createOrgWithAdminSchema.parse(input);
  const db = await getDb();
  const passwordHash = await hashPassword(data.password);
  return db.transaction(async (tx) => {
    if (options.onlyIfFirst) {
      await tx.execute(sql`select pg_advisory_xact_lock(7231002)`);
      const [anyUser] = await tx.select({ id: users.id }).from(users).limit(1);
      if (anyUser) throw new AppError("conflict", "This installation is already set up");
    }
    const [existing] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(sql`lower(${users.email})`, data.email));
    if (existing) {
      throw new AppError("conflict", "A user with this email already exists", {
        fieldErrors: { email: ["A user with this email already exists"] },
      });
    }
    const userId = newId();
    await tx.insert(users).values({
      id: userId,
      name: data.name,
      email: data.email,
      emailVerified: true,
      locale: data.locale ?? null,
    });
    await tx.insert(accounts).values({
      id: newId(),
      accountId: userId,
      providerId: "credential",
      userId,
      password: passwordHash,
    });
    const { orgId, slug } = await insertOrganization(tx, {
      name: data.orgName,
      adminUserId: userId,
      defaultCurrency: data.defaultCurrency,
      timeZone: data.timeZone,
    });
    return { orgId, userId, slug };
  });
}
