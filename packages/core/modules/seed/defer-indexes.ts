import { getDatabaseHandle } from "../../db/client";

/** Below this many rows the GIN indexes stay in place: rebuilding them would cost more than it saves. */
export const DEFER_INDEXES_FROM_ROWS = 100_000;

/**
 * Runs a bulk load with the tables' GIN indexes (search vectors, trigrams, tags) dropped, then builds
 * them again in one pass each, which is many times faster than updating them row by row. The index
 * definitions come from the catalog and are restored even when the load fails.
 */
export async function withGinIndexesDeferred<T>(tables: string[], load: () => Promise<T>): Promise<T> {
  const handle = await getDatabaseHandle();
  const { rows } = await handle.executeSql(
    "select indexname, indexdef from pg_indexes where schemaname = 'public' and tablename = any($1::text[]) and indexdef ilike '%using gin%'",
    [tables],
  );
  const indexes = rows.map((r) => ({ name: String(r.indexname), def: String(r.indexdef) }));
  for (const index of indexes) await handle.executeSql(`drop index if exists public."${index.name}"`);
  try {
    return await load();
  } finally {
    for (const index of indexes) {
      // Definitions read from pg_indexes above, not input; one statement per call (drivers that
      // prepare statements take no multi-statement text).
      await handle.executeSql(index.def);
    }
  }
}
