// Runs once when the server process starts, before it serves: database, migrations, job queue.
export async function register(): Promise<void> {
  // NEXT_RUNTIME is a build-time constant set by Next.js, not configuration: it keeps Node-only
  // code out of the edge bundle.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { isBuildPhase } = await import("@crm/core/platform/env");
  if (isBuildPhase()) return;
  const { bootServerOrExit } = await import("@crm/core/platform/boot");
  await bootServerOrExit();
}
