// Exports N contacts (default 50,000) as CSV, XLSX and the organization ZIP from an in-memory
// PGlite and prints the heap after forced GCs while the stream is read: memory must stay flat,
// whatever N. Run: node --expose-gc --import tsx scripts/measure-export-memory.ts [rows]
import { openDatabase, setDatabaseHandle } from "../packages/core/db/client";
import { runMigrations } from "../packages/core/db/migrate";
import { createCompany } from "../packages/core/modules/companies/create-company";
import { contacts } from "../packages/core/modules/contacts/tables";
import { streamListExport } from "../packages/core/modules/exports/stream-list-export";
import { streamOrgExport } from "../packages/core/modules/exports/stream-org-export";
import { createOrgWithAdmin } from "../packages/core/modules/orgs/create-org-with-admin";
import type { Ctx } from "../packages/core/platform/context";
import { newId } from "../packages/core/platform/ids";

const rows = Number(process.argv[2] ?? 50_000);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with node --expose-gc");
const heapMb = () => {
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};

async function measure(label: string, body: ReadableStream<Uint8Array>) {
  const baseline = heapMb();
  let peak = baseline;
  let bytes = 0;
  let chunks = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (++chunks % 25 === 0) peak = Math.max(peak, heapMb());
  }
  const end = heapMb();
  console.log(
    `${label.padEnd(5)} ${(bytes / 1024 / 1024).toFixed(1)} MB out in ${chunks} chunks; heap baseline ${baseline.toFixed(1)} MB, peak ${peak.toFixed(1)} MB (+${(peak - baseline).toFixed(1)}), end ${end.toFixed(1)} MB`,
  );
}

const handle = await openDatabase({ kind: "pglite", dataDir: null });
await runMigrations(handle);
setDatabaseHandle(handle);
const { orgId, userId } = await createOrgWithAdmin({
  orgName: "Memory",
  name: "Admin",
  email: "memory@example.test",
  password: "correct-horse-battery",
});
const ctx: Ctx = { orgId, userId, role: "admin" };
const company = await createCompany(ctx, { name: "Acme" });
for (let start = 0; start < rows; start += 2000) {
  await handle.db.insert(contacts).values(
    Array.from({ length: Math.min(2000, rows - start) }, (_, i) => ({
      id: newId(),
      orgId,
      ownerId: userId,
      companyId: company.id,
      firstName: `Person ${start + i}`,
      lastName: "Example, with a comma",
      email: `person${start + i}@example.test`,
      tags: ["imported"],
    })),
  );
}
console.log(`${rows} contacts; heap after seeding ${heapMb().toFixed(1)} MB`);
await measure("csv", (await streamListExport(ctx, "contacts", { format: "csv" })).body);
await measure("xlsx", (await streamListExport(ctx, "contacts", { format: "xlsx" })).body);
await measure("zip", (await streamOrgExport(ctx)).body);
await handle.close();
