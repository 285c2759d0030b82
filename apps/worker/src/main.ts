// `npm run worker`: runs the job handlers in their own process, for WORKERS=external with PostgreSQL.
import { getDatabaseHandle } from "@crm/core/db/client";
import { runMigrations } from "@crm/core/db/migrate";
import { registerShutdown } from "@crm/core/platform/boot";
import { env } from "@crm/core/platform/env";
import { jobHandlers, jobSchedules } from "@crm/core/platform/job-handlers";
import { startJobs, stopJobs } from "@crm/core/platform/jobs";
import { logger } from "@crm/core/platform/logger";

async function main(): Promise<void> {
  if (!env.DATABASE_URL) {
    throw new Error(
      "The worker needs DATABASE_URL (PostgreSQL). With the embedded database, jobs run inside the web server.",
    );
  }
  const handle = await getDatabaseHandle();
  await runMigrations(handle);
  await startJobs(handle, jobHandlers, { work: true, schedules: jobSchedules });
  registerShutdown(async () => {
    await stopJobs();
    await handle.close();
  });
  logger.info("worker running");
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, "worker failed to start");
  process.exit(1);
});
