// Percentiles, budgets and the printed report of the benchmark.

export type Stats = { n: number; p50: number; p95: number; p99: number; mean: number };

export function summarize(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  const mean = sorted.reduce((s, v) => s + v, 0) / Math.max(1, sorted.length);
  return { n: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), mean };
}

export type OpResult = {
  name: string;
  kind: "read" | "write";
  group: "list" | "search" | "detail" | "board" | "dashboard" | "duplicates" | "export" | "write";
  http?: Stats & { firstByte: Stats; throughput: number; errors: number };
  sql?: Stats;
  /** HTTP p50 over SQL p50. */
  overhead?: number;
  skipped?: string;
  note?: string;
};

export type Budget = { name: string; pass: boolean; detail: string };

const ms = (v: number | undefined) => (v === undefined ? "-" : v < 10 ? v.toFixed(2) : v.toFixed(1));

export function budgetsFor(scale: string, db: string, results: OpResult[], maxRssMiB: number): Budget[] {
  const budgets: Budget[] = [];
  const measured = results.filter((r) => r.http);
  const p95 = (r: OpResult) => r.http?.p95 ?? Number.POSITIVE_INFINITY;
  if (db === "pglite") {
    for (const r of measured.filter((r) => r.kind === "read" && r.group !== "export"))
      budgets.push({
        name: `read p95 < 50 ms: ${r.name}`,
        pass: p95(r) < 50,
        detail: `${ms(r.http?.p95)} ms`,
      });
    // A download of 10,000 rows is not an interactive read: its answer must start within the read
    // budget, and the whole file is held to the overhead budget against its SQL below.
    for (const r of measured.filter((r) => r.group === "export"))
      budgets.push({
        name: `first byte p95 < 50 ms: ${r.name}`,
        pass: (r.http?.firstByte.p95 ?? Number.POSITIVE_INFINITY) < 50,
        detail: `${ms(r.http?.firstByte.p95)} ms (whole file p95 ${ms(r.http?.p95)} ms)`,
      });
  } else {
    const core = ["list", "search", "detail", "board", "duplicates"];
    for (const r of measured.filter((r) => core.includes(r.group)))
      budgets.push({ name: `p95 < 50 ms: ${r.name}`, pass: p95(r) < 50, detail: `${ms(r.http?.p95)} ms` });
    for (const r of measured.filter((r) => r.kind === "write"))
      budgets.push({
        name: `write p95 < 30 ms: ${r.name}`,
        pass: p95(r) < 30,
        detail: `${ms(r.http?.p95)} ms`,
      });
  }
  for (const r of measured.filter((r) => r.sql && r.http)) {
    const limit = 2 * (r.sql?.p50 ?? 0) + 5;
    budgets.push({
      name: `overhead ≤ 2× SQL + 5 ms: ${r.name}`,
      pass: (r.http?.p50 ?? 0) <= limit,
      detail: `HTTP p50 ${ms(r.http?.p50)} ms vs SQL p50 ${ms(r.sql?.p50)} ms (limit ${ms(limit)} ms)`,
    });
  }
  budgets.push({
    name: "server RSS < 1 GiB",
    pass: maxRssMiB < 1024,
    detail: `${Math.round(maxRssMiB)} MiB max`,
  });
  void scale;
  return budgets;
}

export function printReport(results: OpResult[], budgets: Budget[], out: (line: string) => void) {
  out("");
  out(
    `${"operation".padEnd(34)} ${"p50".padStart(7)} ${"p95".padStart(7)} ${"p99".padStart(7)} ${"req/s".padStart(7)} ${"sql p50".padStart(8)} ${"sql p95".padStart(8)} ${"ratio".padStart(6)}`,
  );
  for (const r of results) {
    if (r.skipped) {
      out(`${r.name.padEnd(34)} n/a (${r.skipped})`);
      continue;
    }
    const h = r.http;
    out(
      `${r.name.padEnd(34)} ${ms(h?.p50).padStart(7)} ${ms(h?.p95).padStart(7)} ${ms(h?.p99).padStart(7)} ${(h ? h.throughput.toFixed(0) : "-").padStart(7)} ${ms(r.sql?.p50).padStart(8)} ${ms(r.sql?.p95).padStart(8)} ${(r.overhead ? `${r.overhead.toFixed(1)}×` : "-").padStart(6)}${h?.errors ? `  ${h.errors} errors` : ""}${r.note ? `  (${r.note})` : ""}`,
    );
  }
  out("");
  out("budgets (milliseconds):");
  for (const b of budgets) out(`  ${b.pass ? "PASS" : "FAIL"}  ${b.name}  ${b.detail}`);
}
