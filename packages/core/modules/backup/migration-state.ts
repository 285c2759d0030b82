import type { DatabaseHandle } from "../../db/client";

/** Number of drizzle migrations applied; a backup only restores into the same schema version. */
export async function countAppliedMigrations(handle: DatabaseHandle): Promise<number> {
  const { rows } = await handle.executeSql("select count(*)::int as n from drizzle.__drizzle_migrations", []);
  return Number(rows[0]?.n ?? 0);
}
