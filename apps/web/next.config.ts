import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { API_CONTENT_SECURITY_POLICY, COMMON_SECURITY_HEADERS } from "./lib/security-headers";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const config: NextConfig = {
  // Build tooling only (not app configuration): lets several local builds or dev servers coexist.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  transpilePackages: ["@crm/core"],
  // Native, WASM or worker-thread packages stay in node_modules instead of the server bundle; so do
  // exceljs and archiver, whose dependencies call the deprecated `new Buffer()` (Node warns about
  // that only for code outside node_modules, so bundled it printed DEP0005 in the server log).
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pg",
    "pg-boss",
    "pino",
    "pino-pretty",
    "thread-stream",
    "exceljs",
    "archiver",
    "nodemailer",
    // One copy for the whole server: bundled, each layer (instrumentation, route handlers, pages) had
    // its own, so the columns of one failed `instanceof` in the row mapping of the database handle
    // another built, and Drizzle's fallback (a walk up the prototype chain per cell) was the app's
    // costliest function on every API request (9 % of the server's time in the mix; 3 % since).
    "drizzle-orm",
  ],
  devIndicators: false,
  // Pages get their nonce-based CSP from proxy.ts, per request.
  async headers() {
    return [
      { source: "/:path*", headers: [...COMMON_SECURITY_HEADERS] },
      {
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY }],
      },
    ];
  },
};

export default withNextIntl(config);
