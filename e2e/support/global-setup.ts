import type { TestProject } from "vitest/node";
import { buildIfNeeded } from "../../scripts/build-web.mjs";
import { ensureChromium } from "../../scripts/ensure-chromium.mjs";
import type { Home } from "./seed-home";
import { distDir, seedDatabase, startServer } from "./server";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    chromium: string;
    /** The organization whose admin lets each journey's own admin in (see fixtures.ts). */
    home: Home;
  }
}

// E2E_PORT and NEXT_DIST_DIR let a second run (another checkout, another engineer) use its own
// port and build; by default the journeys build into apps/web/.next and serve on 3100.
const PORT = Number(process.env.E2E_PORT || 3100);

/**
 * Builds the app if needed and serves it on a fresh embedded database that holds only the home
 * organization; every journey makes its own organization from there.
 */
export default async function setup(project: TestProject) {
  const chromium: string = ensureChromium();
  buildIfNeeded(process.env, distDir());
  let home: Home | undefined;
  const server = await startServer({
    port: PORT,
    prepare: (dataDir) => {
      home = seedDatabase<Home>(dataDir, "e2e/support/seed-home.ts");
    },
  });
  if (!home) throw new Error("the home organization was not seeded");
  project.provide("baseURL", server.baseURL);
  project.provide("chromium", chromium);
  project.provide("home", home);
  return server.stop;
}
