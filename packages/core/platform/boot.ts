import { getDatabaseHandle } from "../db/client";
import { runMigrations } from "../db/migrate";
import { env } from "./env";
import { jobHandlers, jobSchedules } from "./job-handlers";
import { startJobs, stopJobs } from "./jobs";
import { logger } from "./logger";

const KEY = Symbol.for("crm.booted");
type Holder = { [KEY]?: Promise<void> };

/**
 * Brings up what a server process needs before it serves: the database (migrated) and the job
 * queue — working in-process in embedded mode, send-only when WORKERS=external.
 */
export function bootServer(): Promise<void> {
  const holder = globalThis as Holder;
  holder[KEY] ??= (async () => {
    const started = Date.now();
    const handle = await getDatabaseHandle();
    await runMigrations(handle);
    const external = env.WORKERS === "external";
    if (external && handle.kind === "pglite") {
      throw new Error(
        "WORKERS=external needs a PostgreSQL DATABASE_URL: the embedded database serves one process.",
      );
    }
    // The queue comes up in the background so the server answers sooner; until it is up, a job
    // sent in this process runs inline (see enqueueJob).
    startJobs(handle, jobHandlers, { work: !external, schedules: jobSchedules }).catch((error: unknown) =>
      logger.error({ err: error }, "job queue failed to start"),
    );
    registerShutdown(async () => {
      await stopJobs();
      await handle.close();
    });
    logger.info({ database: handle.kind, workers: env.WORKERS, ms: Date.now() - started }, "server ready");
  })();
  return holder[KEY];
}

/**
 * bootServer for the web server: a server that cannot open its database would answer every request
 * with 500, for good, so it says why and exits non-zero instead (`npm start` exits with it).
 */
export async function bootServerOrExit(): Promise<void> {
  try {
    await bootServer();
  } catch (error) {
    logger.fatal({ err: error }, "the server cannot start");
    console.error(`\nThe CRM cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}

export function registerShutdown(close: () => Promise<void>): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, "shutting down");
    close()
      .catch((error: unknown) => logger.error({ err: error }, "shutdown failed"))
      .finally(() => process.exit(0));
  };
  process.once("SIGTERM", onSignal);
  process.once("SIGINT", onSignal);
}
