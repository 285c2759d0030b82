import { createReadStream } from "node:fs";
import { mkdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { openDatabase, setDatabaseHandle } from "../../db/client";
import { runMigrations } from "../../db/migrate";
import { env } from "../../platform/env";
import { createOrgWithAdmin } from "../orgs/create-org-with-admin";
import { createImport } from "./create-import";
import { getImport } from "./get-import";
import { rollbackImport } from "./rollback-import";

/**
 * Benchmark: imports a generated contacts CSV of `rows` rows into a fresh in-memory PGlite and
 * prints the time (run through scripts/bench-import.mjs). Every 10th company name repeats.
 */
export async function benchImport(rows: number): Promise<void> {
  const handle = await openDatabase({ kind: "pglite", dataDir: null });
  await runMigrations(handle);
  setDatabaseHandle(handle);
  const { orgId, userId } = await createOrgWithAdmin({
    orgName: "Bench",
    name: "Bench Admin",
    email: "bench@example.test",
    password: "correct-horse-battery",
  });
  const ctx = { orgId, userId, role: "admin" as const };
  const dir = path.join(env.dataDir, "bench");
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `contacts-${rows}.csv`);
  const lines = ["First Name,Last Name,Email,Phone Number,Company Name,Job Title,Lead Status"];
  for (let i = 1; i <= rows; i += 1) {
    lines.push(
      `First${i},"Last, ${i}",person${i}@example.com,+1 555 ${String(i).padStart(7, "0")},Company ${i % 5000},Engineer,Open`,
    );
  }
  await writeFile(file, `${lines.join("\n")}\n`);
  const size = (await stat(file)).size;
  const started = performance.now();
  const cpu = process.cpuUsage();
  // JS heap only: PGlite's in-memory database lives in WebAssembly memory and grows with the data.
  let maxHeap = 0;
  const sampler = setInterval(() => {
    maxHeap = Math.max(maxHeap, process.memoryUsage().heapUsed);
  }, 100);
  const created = await createImport(ctx, {
    object: "contacts",
    fileName: "bench.csv",
    file: createReadStream(file),
  });
  const importMs = performance.now() - started;
  const cpuUsed = process.cpuUsage(cpu);
  clearInterval(sampler);
  const result = await getImport(ctx, created.id);
  const rollbackStarted = performance.now();
  await rollbackImport(ctx, created.id);
  const rollbackMs = performance.now() - rollbackStarted;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  console.log(
    JSON.stringify({
      rows,
      file: mb(size),
      status: result.status,
      imported: result.imported,
      errored: result.errored,
      importSeconds: +(importMs / 1000).toFixed(1),
      rowsPerSecond: Math.round(rows / (importMs / 1000)),
      importCpuSeconds: +((cpuUsed.user + cpuUsed.system) / 1e6).toFixed(1),
      rollbackSeconds: +(rollbackMs / 1000).toFixed(1),
      maxJsHeap: mb(maxHeap),
      maxRss: mb(process.resourceUsage().maxRSS * 1024),
    }),
  );
  await handle.close();
}
