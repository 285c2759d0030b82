// The benchmark's HTTP client in a process of its own: the main process seeded the data and timed
// the SQL with PGlite in its heap, and its garbage collection paused the client mid-request (list
// p95 46 ms measured from there, 15 ms from a clean process against the same server).
// Input: one JSON argument (HttpClientInput); output: one JSON line on stdout.
import { Client, type Counts, type MixResult, measureHttp, measureMix, warmUp } from "./load";
import { buildOperations } from "./operations";
import type { Fixture } from "./setup";

export type MixPlan = {
  /** Numbers of clients, one run each. */
  levels: number[];
  /** Length of each run. */
  seconds: number;
};

export type HttpClientInput = {
  url: string;
  apiKey: string;
  fixture: Fixture;
  counts: Counts;
  mix: MixPlan;
  /** Only the concurrency mode (warmed up with the mix itself), not every operation one by one. */
  mixOnly: boolean;
  /** The server's pid, for its CPU time per request. */
  serverPid?: number;
  /** The PostgreSQL database it reads, for the database's CPU time per request. */
  database?: string;
  /** `Accept-Encoding` of every request (default gzip). */
  acceptEncoding?: string;
};
export type HttpClientOutput = {
  warmed: number;
  results: (Awaited<ReturnType<typeof measureHttp>> | null)[];
  mix: MixResult[];
};

async function main(): Promise<void> {
  const input = JSON.parse(process.argv[2] ?? "{}") as HttpClientInput;
  const operations = await buildOperations(input.fixture);
  const live = operations.filter((op) => !op.skipped);
  const mix = live.filter((op) => op.mix);
  const mixRun = (clients: number, seconds: number) =>
    measureMix({
      baseUrl: input.url,
      apiKey: input.apiKey,
      mix,
      clients,
      seconds,
      serverPid: input.serverPid,
      database: input.database,
      acceptEncoding: input.acceptEncoding,
    });
  const results: HttpClientOutput["results"] = [];
  let warmed = 0;
  if (input.mixOnly) {
    // The first answer of each operation is decoded and parsed, as in the full run's warm-up.
    const client = new Client(input.url, input.apiKey, 16, input.acceptEncoding);
    for (const op of mix) await client.run(op, true);
    client.close();
    const warmUpRun = await mixRun(input.mix.levels[0] ?? 8, input.counts.warmupSeconds);
    warmed = warmUpRun.requests;
    process.stderr.write(`  warmed the server up with ${warmed} requests of the mix\n`);
    for (const _ of operations) results.push(null);
  } else {
    const client = new Client(input.url, input.apiKey, 16, input.acceptEncoding);
    warmed = await warmUp(client, live, input.counts.warmupSeconds);
    process.stderr.write(`  warmed the server up with ${warmed} requests (every operation in turn)\n`);
    for (const op of operations) {
      if (op.skipped) {
        results.push(null);
        continue;
      }
      process.stderr.write(`  ${op.name}\n`);
      results.push(await measureHttp(client, op, input.counts));
    }
    client.close();
  }
  const mixed: MixResult[] = [];
  for (const clients of input.mix.levels) {
    process.stderr.write(`  mixed reads, ${clients} clients for ${input.mix.seconds} s\n`);
    mixed.push(await mixRun(clients, input.mix.seconds));
  }
  process.stdout.write(`${JSON.stringify({ warmed, results, mix: mixed } satisfies HttpClientOutput)}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
