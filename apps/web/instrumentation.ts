// Runs once when the server process starts, before it serves: database, migrations, job queue.
export async function register(): Promise<void> {
  // NEXT_RUNTIME is a build-time constant set by Next.js, not configuration: it keeps Node-only
  // code out of the edge bundle.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { isBuildPhase } = await import("@crm/core/platform/env");
  if (isBuildPhase()) return;
  const { bootServer } = await import("@crm/core/platform/boot");
  try {
    await bootServer();
  } catch (error) {
    // A server that cannot open its database would answer every request with 500, for good:
    // say why and stop, so `npm start` exits non-zero instead.
    const { logger } = await import("@crm/core/platform/logger");
    logger.fatal({ err: error }, "the server cannot start");
    console.error(`\nThe CRM cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
