import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const config: NextConfig = {
  poweredByHeader: false,
  transpilePackages: ["@crm/core"],
  // Native, WASM or worker-thread packages stay in node_modules instead of the server bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pg", "pg-boss", "pino", "pino-pretty", "thread-stream"],
  devIndicators: false,
};

export default withNextIntl(config);
