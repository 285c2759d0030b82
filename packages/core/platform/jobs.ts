import PgBoss from "pg-boss";
import type { DatabaseHandle } from "../db/client";
import { logger } from "./logger";

// pg-boss on the application database. Embedded mode runs the handlers inside the web server;
// with WORKERS=external the web server only sends and `npm run worker` does the work.

export type JobHandler = (data: unknown) => Promise<void>;
export type JobHandlers = Record<string, JobHandler>;

const KEY = Symbol.for("crm.jobs");
type Holder = { [KEY]?: PgBoss };

export function createBoss(handle: DatabaseHandle): PgBoss {
  const common = { schema: "pgboss", application_name: "crm" } as const;
  const boss =
    handle.kind === "postgres"
      ? new PgBoss({ ...common, connectionString: handle.url, max: 4 })
      : new PgBoss({ ...common, db: { executeSql: handle.executeSql } });
  boss.on("error", (error: Error) => logger.error({ err: error }, "job queue error"));
  return boss;
}

export async function startJobs(
  handle: DatabaseHandle,
  handlers: JobHandlers,
  options: { work: boolean; schedules?: Record<string, string> },
): Promise<PgBoss> {
  const boss = createBoss(handle);
  await boss.start();
  for (const name of Object.keys(handlers)) await boss.createQueue(name);
  for (const [name, cron] of Object.entries(options.schedules ?? {})) await boss.schedule(name, cron);
  if (options.work) {
    for (const [name, handler] of Object.entries(handlers)) {
      await boss.work(name, { pollingIntervalSeconds: 1 }, async (jobs) => {
        for (const job of jobs) {
          logger.debug({ job: name, jobId: job.id }, "job started");
          await handler(job.data);
        }
      });
    }
  }
  (globalThis as Holder)[KEY] = boss;
  logger.info({ work: options.work, queues: Object.keys(handlers) }, "job queue started");
  return boss;
}

export async function stopJobs(): Promise<void> {
  const holder = globalThis as Holder;
  const boss = holder[KEY];
  holder[KEY] = undefined;
  if (boss) await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
}

/** Queues a job; with no queue running in this process (CLI, tests) the job runs inline. */
export async function enqueueJob(name: string, data: object, runInline: JobHandler): Promise<void> {
  const boss = (globalThis as Holder)[KEY];
  if (!boss) {
    await runInline(data);
    return;
  }
  await boss.send(name, data, { retryLimit: 5, retryBackoff: true });
}

/**
 * Queues a job to run `startAfterSeconds` from now; with `singletonKey` at most one such job is
 * queued per `singletonSeconds`. Answers false (and does nothing) with no queue running in this
 * process: the caller's work waits for the next scheduled run instead.
 */
export async function sendJobLater(
  name: string,
  data: object,
  options: { startAfterSeconds: number; singletonKey?: string; singletonSeconds?: number },
): Promise<boolean> {
  const boss = (globalThis as Holder)[KEY];
  if (!boss) return false;
  await boss.send(name, data, {
    startAfter: Math.max(0, Math.ceil(options.startAfterSeconds)),
    ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
    ...(options.singletonSeconds ? { singletonSeconds: options.singletonSeconds } : {}),
  });
  return true;
}
