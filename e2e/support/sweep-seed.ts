// Run with tsx before the sweep's server starts (an embedded database is opened by one process at
// a time): two organizations, each with an admin, a rep and a readonly member and a key for each,
// made by the real services. Prints one JSON line on stdout.
import { randomBytes } from "node:crypto";
import { openConfiguredDatabase, setDatabaseHandle } from "../../packages/core/db/client";
import { runMigrations } from "../../packages/core/db/migrate";
import { createApiKey } from "../../packages/core/modules/api-keys/create-api-key";
import { users } from "../../packages/core/modules/auth/tables";
import { createOrgWithAdmin } from "../../packages/core/modules/orgs/create-org-with-admin";
import { members, type Role } from "../../packages/core/modules/orgs/tables";
import type { Ctx } from "../../packages/core/platform/context";
import { newId } from "../../packages/core/platform/ids";

export type SweepOrg = {
  orgId: string;
  keys: Record<"admin" | "rep" | "readonly", string>;
  admin: { email: string; password: string };
};
export type SweepSeed = { a: SweepOrg; b: SweepOrg };

async function seedOrg(handle: Awaited<ReturnType<typeof openConfiguredDatabase>>, name: string) {
  const tag = randomBytes(4).toString("hex");
  const admin = { email: `admin-${tag}@sweep.test`, password: "sweep-password-1" };
  const { orgId, userId } = await createOrgWithAdmin({
    orgName: `${name} ${tag}`,
    name: `${name} admin`,
    ...admin,
  });
  const keys = {} as SweepOrg["keys"];
  for (const role of ["admin", "rep", "readonly"] as const satisfies readonly Role[]) {
    let ctx: Ctx = { orgId, userId, role: "admin" };
    if (role !== "admin") {
      // A member of that role (as an accepted invitation leaves it) makes the key, bound to its role.
      const memberId = newId();
      await handle.db.insert(users).values({
        id: memberId,
        name: `${name} ${role}`,
        email: `${role}-${tag}@sweep.test`,
        emailVerified: true,
      });
      await handle.db.insert(members).values({ id: newId(), organizationId: orgId, userId: memberId, role });
      ctx = { orgId, userId: memberId, role };
    }
    // Members who are not admins cannot manage keys; the admin makes them in the member's name.
    const created = await createApiKey({ ...ctx, role: "admin" }, { name: `sweep ${role}`, role });
    keys[role] = created.key;
  }
  return { orgId, keys, admin };
}

async function main() {
  const handle = await openConfiguredDatabase();
  setDatabaseHandle(handle);
  try {
    await runMigrations(handle);
    const seed: SweepSeed = { a: await seedOrg(handle, "Sweep A"), b: await seedOrg(handle, "Sweep B") };
    process.stdout.write(`${JSON.stringify(seed)}\n`);
  } finally {
    await handle.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
