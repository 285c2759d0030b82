import http from "node:http";
import os from "node:os";
import { performance } from "node:perf_hooks";
import { gunzipSync } from "node:zlib";
import type { BenchDatabase } from "./database";
import type { HttpRequest, Operation } from "./operations";
import { databaseCpuMs, treeCpuMs } from "./server";
import { type Stats, summarize } from "./stats";

// The measuring loops: latency one operation at a time after a warm-up, throughput with a few
// operations in flight; and the replay of an operation's captured SQL on the database.

export type Counts = {
  warmupSeconds: number;
  warmup: number;
  samples: number;
  throughputOps: number;
  concurrency: number;
};

/**
 * node:http with keep-alive rather than fetch: the client shares the two cores with the server and
 * the database, and fetch's web streams cost it ~0.2 s of CPU per 10,000-row export it downloads.
 * It asks for gzip, as browsers and HTTP libraries do, and reads every byte of the answer without
 * decoding it: decoding is the client's work, not the server's.
 */
export class Client {
  private counter = 0;
  private readonly agent: http.Agent;
  constructor(
    private readonly baseUrl: string,
    private readonly apiKey: string,
    /** Connections kept to the server: at least the number of requests in flight. */
    maxSockets = 16,
    /** What the client accepts (`identity` measures the server without compressing). */
    private readonly acceptEncoding = "gzip",
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets });
  }

  /** Closes the kept-alive connections. */
  close(): void {
    this.agent.destroy();
  }

  /**
   * Sends one request and reads the whole answer; the time to its headers is the time to first byte.
   * `verify` (the warm-up's first round) also decodes the answer and parses JSON, so an answer that
   * is fast but unreadable (say, compressed twice) fails the run instead of passing unnoticed.
   */
  send(request: HttpRequest, verify = false): Promise<{ status: number; firstByteMs: number }> {
    const body = request.body === undefined ? undefined : JSON.stringify(request.body);
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const req = http.request(
        `${this.baseUrl}${request.path}`,
        {
          method: request.method,
          agent: this.agent,
          headers: {
            authorization: `Bearer ${this.apiKey}`,
            "accept-encoding": this.acceptEncoding,
            ...(body === undefined
              ? {}
              : { "content-type": "application/json", "content-length": Buffer.byteLength(body) }),
          },
        },
        (res) => {
          const firstByteMs = performance.now() - started;
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => {
            if (verify) chunks.push(chunk);
          });
          res.once("end", () => {
            try {
              if (verify) checkAnswer(request, res, Buffer.concat(chunks));
              resolve({ status: res.statusCode ?? 0, firstByteMs });
            } catch (error) {
              reject(error);
            }
          });
          res.once("error", reject);
        },
      );
      req.once("error", reject);
      req.end(body);
    });
  }

  /** One operation: its requests in parallel; returns milliseconds and whether every answer was 2xx. */
  async run(
    op: Operation,
    verify = false,
  ): Promise<{ ms: number; firstByteMs: number; ok: boolean; statuses: number[] }> {
    const requests = op.requests(this.counter++);
    const started = performance.now();
    const answers = await Promise.all(requests.map((r) => this.send(r, verify)));
    const statuses = answers.map((a) => a.status);
    return {
      ms: performance.now() - started,
      firstByteMs: Math.max(...answers.map((a) => a.firstByteMs)),
      ok: statuses.every((s) => s < 300),
      statuses,
    };
  }
}

/**
 * Brings the server to a steady state before anything is timed: every operation in turn for at least
 * `seconds` (one round at least). V8 optimises the shared request path (routing, auth, the driver,
 * JSON) only after thousands of requests: a list's p50 was 10.9 ms after 200 requests and 7.4 ms
 * after 3,000; a server in use has long passed that point.
 */
/** The answer decodes (gzip at most once) and, when it says it is JSON, parses. */
function checkAnswer(request: HttpRequest, res: http.IncomingMessage, body: Buffer): void {
  const decoded = res.headers["content-encoding"] === "gzip" ? gunzipSync(body) : body;
  if (/json/.test(res.headers["content-type"] ?? "")) {
    try {
      JSON.parse(decoded.toString("utf8"));
    } catch {
      throw new Error(`${request.method} ${request.path}: the answer is not readable JSON`);
    }
  }
}

export async function warmUp(client: Client, operations: Operation[], seconds: number): Promise<number> {
  const until = performance.now() + seconds * 1000;
  let requests = 0;
  for (let round = 0; round === 0 || performance.now() < until; round++)
    for (const op of operations)
      if (round % (op.weight ?? 1) === 0) {
        await client.run(op, round === 0);
        requests++;
      }
  return requests;
}

export async function measureHttp(client: Client, op: Operation, counts: Counts) {
  const weight = op.weight ?? 1;
  const samples: number[] = [];
  const firstBytes: number[] = [];
  let errors = 0;
  let lastStatuses: number[] = [];
  const warmup = Math.max(1, Math.ceil(counts.warmup / weight));
  for (let i = 0; i < warmup; i++) await client.run(op);
  const n = Math.max(3, Math.ceil(counts.samples / weight));
  for (let i = 0; i < n; i++) {
    const r = await client.run(op);
    samples.push(r.ms);
    firstBytes.push(r.firstByteMs);
    if (!r.ok) {
      errors++;
      lastStatuses = r.statuses;
    }
  }
  const total = Math.max(counts.concurrency, Math.ceil(counts.throughputOps / weight));
  let done = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: counts.concurrency }, async () => {
      while (done < total) {
        done++;
        const r = await client.run(op);
        if (!r.ok) errors++;
      }
    }),
  );
  const throughput = (total / (performance.now() - started)) * 1000;
  return { ...summarize(samples), firstByte: summarize(firstBytes), throughput, errors, lastStatuses };
}

export async function measureSql(bench: BenchDatabase, op: Operation, counts: Counts): Promise<Stats | null> {
  if (!op.service) return null;
  const weight = op.weight ?? 1;
  await op.service(); // warms the service's own caches, like the server's warm-up
  const statements = await bench.capture(op.service);
  if (statements.length === 0) return null;
  for (let i = 0; i < Math.max(1, Math.ceil(counts.warmup / weight)); i++) await bench.replay(statements);
  const samples: number[] = [];
  for (let i = 0; i < Math.max(3, Math.ceil(counts.samples / weight)); i++)
    samples.push(await bench.replay(statements));
  return summarize(samples);
}

export type MixResult = {
  clients: number;
  seconds: number;
  requests: number;
  /** Answers per second over the run (requests started before the end, all of them answered). */
  throughput: number;
  latency: Stats;
  errors: number;
  lastStatuses: number[];
  byOperation: { name: string; p50: number; p95: number; n: number }[];
  /** The machine's 1-minute load average when the run started and when it ended. */
  loadAverage: [number, number];
  /**
   * CPU milliseconds per answer: the server's process tree (when its pid is known), the PostgreSQL
   * backends of the benchmark's database (when it runs on PostgreSQL) and this client.
   */
  serverCpuMsPerRequest?: number;
  databaseCpuMsPerRequest?: number;
  clientCpuMsPerRequest: number;
};

/**
 * The concurrency mode: `clients` callers, each with a connection of its own, send the mixed read
 * workload back to back (each the next operation of the mix, starting at a different one) for
 * `seconds`; every answer is read whole. Latency is per request, throughput all answers per second.
 */
export async function measureMix(options: {
  baseUrl: string;
  apiKey: string;
  mix: Operation[];
  clients: number;
  seconds: number;
  serverPid?: number;
  /** The PostgreSQL database the server reads, for its backends' CPU time. */
  database?: string;
  acceptEncoding?: string;
}): Promise<MixResult> {
  const { mix, clients, seconds, serverPid, database } = options;
  if (mix.length === 0) throw new Error("the mixed workload has no operation");
  const client = new Client(options.baseUrl, options.apiKey, clients, options.acceptEncoding);
  const samples: number[] = [];
  const byOperation = mix.map(() => [] as number[]);
  let errors = 0;
  let lastStatuses: number[] = [];
  const loadBefore = os.loadavg()[0] ?? 0;
  const serverCpuBefore = serverPid ? treeCpuMs(serverPid) : 0;
  const databaseCpuBefore = database ? databaseCpuMs(database) : new Map<number, number>();
  const clientCpuBefore = process.cpuUsage();
  const started = performance.now();
  const until = started + seconds * 1000;
  try {
    await Promise.all(
      Array.from({ length: clients }, async (_, c) => {
        for (let k = c; performance.now() < until; k++) {
          const i = k % mix.length;
          const op = mix[i];
          if (!op) continue;
          const r = await client.run(op);
          samples.push(r.ms);
          byOperation[i]?.push(r.ms);
          if (!r.ok) {
            errors++;
            lastStatuses = r.statuses;
          }
        }
      }),
    );
  } finally {
    client.close();
  }
  const elapsed = (performance.now() - started) / 1000;
  const clientCpu = process.cpuUsage(clientCpuBefore);
  const perRequest = (ms: number) => ms / Math.max(1, samples.length);
  let databaseCpu = 0;
  if (database)
    for (const [pid, ms] of databaseCpuMs(database)) databaseCpu += ms - (databaseCpuBefore.get(pid) ?? 0);
  return {
    clients,
    seconds: elapsed,
    requests: samples.length,
    throughput: samples.length / elapsed,
    latency: summarize(samples),
    errors,
    lastStatuses,
    byOperation: mix.map((op, i) => {
      const s = summarize(byOperation[i] ?? []);
      return { name: op.name, p50: s.p50, p95: s.p95, n: s.n };
    }),
    loadAverage: [loadBefore, os.loadavg()[0] ?? 0],
    serverCpuMsPerRequest: serverPid ? perRequest(treeCpuMs(serverPid) - serverCpuBefore) : undefined,
    databaseCpuMsPerRequest: database ? perRequest(databaseCpu) : undefined,
    clientCpuMsPerRequest: perRequest((clientCpu.user + clientCpu.system) / 1000),
  };
}
