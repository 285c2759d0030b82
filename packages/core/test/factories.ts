import { randomBytes } from "node:crypto";
import type { Ctx } from "../platform/context";
import { createOrgWithAdmin } from "../modules/orgs/create-org-with-admin";

const unique = () => randomBytes(4).toString("hex");

/** A fresh org with its admin, through the real service; unique values let files run in parallel. */
export async function createTestOrg(name = "Org") {
  const email = `admin-${unique()}@example.test`;
  const password = "correct-horse-battery";
  const { orgId, userId } = await createOrgWithAdmin({ orgName: `${name} ${unique()}`, name: "Admin", email, password });
  const ctx: Ctx = { orgId, userId, role: "admin" };
  return { orgId, userId, email, password, ctx };
}
