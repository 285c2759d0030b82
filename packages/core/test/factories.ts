import { randomBytes } from "node:crypto";
import { getDb } from "../db/client";
import { users } from "../modules/auth/tables";
import { createOrgWithAdmin } from "../modules/orgs/create-org-with-admin";
import { members, type Role } from "../modules/orgs/tables";
import type { Ctx } from "../platform/context";
import { newId } from "../platform/ids";

const unique = () => randomBytes(4).toString("hex");

/** A fresh org with its admin, through the real service; unique values let files run in parallel. */
export async function createTestOrg(name = "Org") {
  const email = `admin-${unique()}@example.test`;
  const password = "correct-horse-battery";
  const { orgId, userId } = await createOrgWithAdmin({
    orgName: `${name} ${unique()}`,
    name: "Admin",
    email,
    password,
  });
  const ctx: Ctx = { orgId, userId, role: "admin" };
  return { orgId, userId, email, password, ctx };
}

/**
 * Adds a member to an org: a new user, or `userId` of an existing one. Joining happens through
 * better-auth invitations in the app; tests write the membership row directly, as better-auth does.
 */
export async function addTestMember(orgId: string, role: Role, existing?: { userId: string }) {
  const db = await getDb();
  let userId = existing?.userId;
  let email: string | undefined;
  if (!userId) {
    userId = newId();
    email = `${role}-${unique()}@example.test`;
    await db.insert(users).values({ id: userId, name: `Member ${role}`, email, emailVerified: true });
  }
  await db.insert(members).values({ id: newId(), organizationId: orgId, userId, role });
  const ctx: Ctx = { orgId, userId, role };
  return { userId, email, ctx };
}
