import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const config: NextConfig = {
  // Build tooling only (not app configuration): lets several local builds or dev servers coexist.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  transpilePackages: ["@crm/core"],
  // Native, WASM or worker-thread packages stay in node_modules instead of the server bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pg", "pg-boss", "pino", "pino-pretty", "thread-stream"],
  devIndicators: false,
};

export default withNextIntl(config);
