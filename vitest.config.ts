import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Integration tests (*.int.test.ts) run on PGlite always, and on PostgreSQL too when
// TEST_DATABASE_URL is set. Browser journeys (e2e/*.e2e.ts) run against a production build.
const integration = ["packages/**/*.int.test.ts", "apps/**/*.int.test.ts"];
// Which database a test is about is chosen here, by file, never by skipping inside a test: tests of
// the embedded database run on PGlite only, tests that need a second connection on PostgreSQL only.
const embeddedOnly = ["packages/core/cli/cli.int.test.ts", "packages/core/db/data-dir-lock.int.test.ts"];
const postgresOnly = ["packages/**/*.postgres.int.test.ts"];
const withPostgres = Boolean(process.env.TEST_DATABASE_URL);
// Tests never write a secret into the repository's data directory.
const testEnv = { NODE_ENV: "test", AUTH_SECRET: "test-only-secret-0123456789abcdefghijklmnop" };
// Integration tests talk to real servers on 127.0.0.1 (HTTP, SMTP, IMAP): the outbound guard lets
// them through there; unit tests run with the default and prove the refusal.
const integrationEnv = { ...testEnv, OUTBOUND_ALLOW_PRIVATE_HOSTS: "true" };

// Route handlers and server modules of the web app are tested in Node: `@/` is the app's root and
// `server-only` (which refuses to load outside Next.js's server bundles) is an empty module.
const web = fileURLToPath(new URL("./apps/web/", import.meta.url));
const resolve = { alias: { "@/": web, "server-only": `${web}test/server-only-stub.ts` } };

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: "unit",
          include: ["packages/**/*.test.ts", "apps/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: ["**/node_modules/**", ...integration],
          env: testEnv,
        },
      },
      {
        resolve,
        test: {
          name: "pglite",
          include: integration,
          exclude: ["**/node_modules/**", ...postgresOnly],
          env: { ...integrationEnv, TEST_DB: "pglite" },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      ...(withPostgres
        ? [
            {
              resolve,
              test: {
                name: "postgres",
                include: integration,
                exclude: ["**/node_modules/**", ...embeddedOnly],
                env: { ...integrationEnv, TEST_DB: "postgres" },
                globalSetup: ["packages/core/test/pg-template.ts"],
                testTimeout: 30_000,
                hookTimeout: 60_000,
              },
            },
          ]
        : []),
      {
        test: {
          name: "e2e",
          include: ["e2e/**/*.e2e.ts"],
          env: { NODE_ENV: "test" },
          globalSetup: ["e2e/support/global-setup.ts"],
          fileParallelism: false,
          // Each journey first makes its own organization (an invitation and "New organization").
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
