import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./packages/core/db/schema.ts",
  out: "./packages/core/db/migrations",
});
