import type { DatabaseHandle } from "../../db/client";

/** Base tables of the public schema, parents before children, so rows can be restored in order. */
export async function listTablesInDependencyOrder(handle: DatabaseHandle): Promise<string[]> {
  const { rows: tables } = await handle.executeSql(
    "select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name",
    [],
  );
  const { rows: edges } = await handle.executeSql(
    `select child.relname as child, parent.relname as parent
       from pg_constraint c
       join pg_class child on child.oid = c.conrelid
       join pg_class parent on parent.oid = c.confrelid
       join pg_namespace n on n.oid = child.relnamespace
      where c.contype = 'f' and n.nspname = 'public' and child.oid <> parent.oid`,
    [],
  );
  const names = tables.map((t) => String(t.name));
  const parents = new Map(names.map((n) => [n, new Set<string>()]));
  for (const e of edges) parents.get(String(e.child))?.add(String(e.parent));
  const ordered: string[] = [];
  const visit = (name: string, path: Set<string>) => {
    if (ordered.includes(name) || path.has(name)) return;
    path.add(name);
    for (const p of parents.get(name) ?? []) visit(p, path);
    path.delete(name);
    ordered.push(name);
  };
  for (const n of names) visit(n, new Set());
  return ordered;
}
