// Run with tsx before the journeys' server starts (an embedded database is opened by one process at
// a time): the home organization whose admin invites each journey's own admin, made by the real
// service. Prints one JSON line on stdout.
import { openConfiguredDatabase, setDatabaseHandle } from "../../packages/core/db/client";
import { runMigrations } from "../../packages/core/db/migrate";
import { createOrgWithAdmin } from "../../packages/core/modules/orgs/create-org-with-admin";

export type Home = { orgId: string; slug: string; email: string; password: string };

async function main() {
  const handle = await openConfiguredDatabase();
  setDatabaseHandle(handle);
  try {
    await runMigrations(handle);
    const admin = { email: "home@e2e.test", password: "home-password-1" };
    const { orgId, slug } = await createOrgWithAdmin({ orgName: "E2E Home", name: "Home admin", ...admin });
    const home: Home = { orgId, slug, ...admin };
    process.stdout.write(`${JSON.stringify(home)}\n`);
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
