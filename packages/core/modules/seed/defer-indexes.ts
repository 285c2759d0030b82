import { getDatabaseHandle } from "../../db/client";

/** Below this many rows the indexes stay in place: rebuilding them would cost more than it saves. */
export const DEFER_INDEXES_FROM_ROWS = 100_000;

/** Index builds at once on PostgreSQL (one per core), with more sort memory than the default. */
const POSTGRES_PARALLEL_BUILDS = 2;
const POSTGRES_BUILD_MEMORY = "256MB";

/**
 * Runs a bulk load with the tables' secondary indexes (every index that does not enforce
 * uniqueness: lists, foreign keys, search vectors, trigrams, tags) dropped, then builds them again
 * in one pass each, which is many times faster than updating them row by row. Primary keys and
 * unique indexes stay, so the load is still checked. The index definitions come from the catalog
 * and are restored even when the load fails.
 */
export async function withIndexesDeferred<T>(tables: string[], load: () => Promise<T>): Promise<T> {
  const handle = await getDatabaseHandle();
  const { rows } = await handle.executeSql(
    `select i.indexname, i.indexdef from pg_indexes i
      join pg_class c on c.relname = i.indexname and c.relnamespace = 'public'::regnamespace
      join pg_index x on x.indexrelid = c.oid
      where i.schemaname = 'public' and i.tablename = any($1::text[]) and not x.indisunique
      order by i.tablename, i.indexname`,
    [tables],
  );
  const indexes = rows.map((r) => ({ name: String(r.indexname), def: String(r.indexdef) }));
  for (const index of indexes) await handle.executeSql(`drop index if exists public."${index.name}"`);
  try {
    return await load();
  } finally {
    // Definitions read from pg_indexes above, not input.
    const build = (def: string) =>
      handle.kind === "postgres"
        ? handle.executeSql(`set maintenance_work_mem = '${POSTGRES_BUILD_MEMORY}'; ${def}`)
        : handle.executeSql(def);
    const queue = [...indexes];
    const workers = Array.from(
      { length: handle.kind === "postgres" ? POSTGRES_PARALLEL_BUILDS : 1 },
      async () => {
        for (let index = queue.shift(); index; index = queue.shift()) await build(index.def);
      },
    );
    await Promise.all(workers);
  }
}
