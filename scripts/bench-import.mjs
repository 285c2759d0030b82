// Import benchmark on the embedded database: node scripts/bench-import.mjs [rows=100000]
// Prints the import and rollback time as JSON. Uses a scratch DATA_DIR unless one is set.
import { tmpdir } from "node:os";
import path from "node:path";
import { register } from "tsx/esm/api";

process.env.DATA_DIR ??= path.join(tmpdir(), `crm-bench-import-${process.pid}`);
process.env.AUTH_SECRET ??= "bench-only-secret-0123456789abcdefghijklmnop";
process.env.LOG_LEVEL ??= "warn";
register();
const { benchImport } = await import("../packages/core/modules/imports/bench-import.ts");
await benchImport(Number(process.argv[2] ?? 100_000));
