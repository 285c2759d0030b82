// The benchmark's HTTP client in a process of its own: the main process seeded the data and timed
// the SQL with PGlite in its heap, and its garbage collection paused the client mid-request (list
// p95 46 ms measured from there, 15 ms from a clean process against the same server).
// Input: one JSON argument {url, apiKey, fixture, counts}; output: one JSON line on stdout.
import { Client, type Counts, measureHttp, warmUp } from "./load";
import { buildOperations } from "./operations";
import type { Fixture } from "./setup";

export type HttpClientInput = { url: string; apiKey: string; fixture: Fixture; counts: Counts };
export type HttpClientOutput = {
  warmed: number;
  results: (Awaited<ReturnType<typeof measureHttp>> | null)[];
};

async function main(): Promise<void> {
  const input = JSON.parse(process.argv[2] ?? "{}") as HttpClientInput;
  const operations = await buildOperations(input.fixture);
  const client = new Client(input.url, input.apiKey);
  const live = operations.filter((op) => !op.skipped);
  const warmed = await warmUp(client, live, input.counts.warmupSeconds);
  process.stderr.write(`  warmed the server up with ${warmed} requests (every operation in turn)\n`);
  const results: HttpClientOutput["results"] = [];
  for (const op of operations) {
    if (op.skipped) {
      results.push(null);
      continue;
    }
    process.stderr.write(`  ${op.name}\n`);
    results.push(await measureHttp(client, op, input.counts));
  }
  process.stdout.write(`${JSON.stringify({ warmed, results } satisfies HttpClientOutput)}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
