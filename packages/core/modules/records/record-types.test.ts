import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { getTableColumns } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { contactNameSql } from "../contacts/contact-name";
import { contacts } from "../contacts/tables";
import { RECORD_OBJECTS } from "./enums";
import { NAME_KINDS } from "./list-record-names";
import { DISPLAY_NAMES, RECORD_TABLES } from "./record-tables";
import {
  BULK_OBJECTS,
  DUPLICATE_OBJECTS,
  EXPORT_OBJECTS,
  entityTypeOf,
  HISTORY_OBJECTS,
  IMPORT_OBJECTS,
  RECORD_TYPE_INFO,
  TRASH_OBJECTS,
} from "./record-type-info";
import { RECORD_TYPES, recordType } from "./record-types";

describe("the record-type registry", () => {
  it("has one entry per record type, each about its own table", () => {
    expect(Object.keys(RECORD_TYPES).sort()).toEqual([...RECORD_OBJECTS].sort());
    for (const object of RECORD_OBJECTS) {
      const type = recordType(object);
      expect(type.object).toBe(object);
      expect(type.table).toBe(RECORD_TABLES[object]);
      expect(type.entityType).toBe(entityTypeOf(object));
      expect(type.displayName).toBe(DISPLAY_NAMES[object]);
      expect(type.listSpec.object, object).toBe(object);
      expect(type.listSpec.table, object).toBe(type.table);
      expect(type.search.table, object).toBe(type.table);
      // A search result is titled with the record's display name.
      expect(type.search.title, object).toBe(type.displayName);
    }
  });

  it("names each type's audit entity in the singular, once", () => {
    expect(RECORD_OBJECTS.map(entityTypeOf)).toEqual([
      "contact",
      "company",
      "lead",
      "deal",
      "task",
      "activity",
    ]);
  });

  it("lists the types of each feature from the flags, in the app's order", () => {
    const flagged = (flag: "trash" | "history" | "import" | "duplicates" | "bulk") =>
      RECORD_OBJECTS.filter((o) => RECORD_TYPE_INFO[o][flag]);
    expect(TRASH_OBJECTS).toEqual(["contacts", "companies", "leads", "deals", "tasks"]);
    expect(TRASH_OBJECTS).toEqual(flagged("trash"));
    expect(HISTORY_OBJECTS).toEqual(flagged("history"));
    expect(IMPORT_OBJECTS).toEqual(["contacts", "companies", "leads", "deals"]);
    expect(IMPORT_OBJECTS).toEqual(flagged("import"));
    expect(DUPLICATE_OBJECTS).toEqual(["contacts", "companies"]);
    expect(DUPLICATE_OBJECTS).toEqual(flagged("duplicates"));
    expect(BULK_OBJECTS).toEqual(flagged("bulk"));
    expect(EXPORT_OBJECTS).toEqual(RECORD_OBJECTS);
  });

  it("has merge rules exactly for the types with duplicates, over columns of their tables", () => {
    for (const object of RECORD_OBJECTS) {
      const { merge, table } = RECORD_TYPES[object];
      expect(merge !== null, object).toBe(RECORD_TYPE_INFO[object].duplicates);
      if (!merge) continue;
      const columns = Object.keys(getTableColumns(table));
      const fields = [...merge.fields, ...Object.values(merge.companions), ...merge.united];
      expect(
        fields.filter((f) => !columns.includes(f)),
        object,
      ).toEqual([]);
    }
  });

  it("exports the id first and each column once, naming linked records of known kinds", () => {
    for (const object of EXPORT_OBJECTS) {
      const ids = RECORD_TYPES[object].export.columns.map((c) => c.id);
      expect(ids[0], object).toBe("id");
      expect(new Set(ids).size, object).toBe(ids.length);
      for (const column of RECORD_TYPES[object].export.columns)
        if (column.ref) expect(NAME_KINDS, `${object}.${column.id}`).toContain(column.ref.kind);
    }
  });

  it("spells the contact's display name with the one contact-name function", () => {
    const dialect = new PgDialect();
    const expected = dialect.sqlToQuery(contactNameSql(contacts.firstName, contacts.lastName));
    expect(dialect.sqlToQuery(DISPLAY_NAMES.contacts)).toEqual(expected);
    expect(expected.sql).toBe(`btrim("contacts"."first_name" || ' ' || "contacts"."last_name")`);
  });
});

// The registry imports every module's list spec, search source, export columns and merge rules,
// while the features import the registry: a module of the first kind importing the registry (or a
// feature) would close a cycle, and an ES module cycle reads a binding before it is set.
describe("packages/core's imports", () => {
  it("form no cycle", () => {
    const root = resolve(import.meta.dirname, "../..");
    const graph = importGraph(root);
    const cycles = stronglyConnected(graph).map((group) => group.map((f) => relative(root, f)).sort());
    expect(cycles).toEqual([]);
  });

  it("are checked by a search that finds a cycle where there is one", () => {
    const graph = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a"]],
      ["d", ["a", "d"]],
    ]);
    expect(stronglyConnected(graph).map((group) => group.sort())).toEqual([["a", "b", "c"], ["d"]]);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.includes(".test.") ? [path] : [];
  });
}

/** File → the files it imports at run time (type-only imports are erased, so they cannot cycle). */
function importGraph(root: string): Map<string, string[]> {
  const files = sourceFiles(root);
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const deps = runtimeSpecifiers(readFileSync(file, "utf8"))
      .filter((specifier) => specifier.startsWith("."))
      .map((specifier) => resolve(dirname(file), specifier.endsWith(".ts") ? specifier : `${specifier}.ts`))
      .filter((target) => known.has(target));
    graph.set(file, deps);
  }
  return graph;
}

// `import … from "x"` and `export … from "x"` at the start of a line (bindings may span lines), and
// `import "x"`. The house style (Biome) writes every import that way.
const FROM = /^(?:import|export)\s+([^;]*?)\s+from\s+"([^"]+)"/gm;
const BARE = /^import\s+"([^"]+)"/gm;

function runtimeSpecifiers(text: string): string[] {
  const found: string[] = [];
  for (const [, bindings = "", specifier = ""] of text.matchAll(FROM)) {
    if (bindings.startsWith("type ")) continue;
    const named = /^\{([^}]*)\}$/.exec(bindings.trim());
    const names =
      named?.[1]
        ?.split(",")
        .map((n) => n.trim())
        .filter(Boolean) ?? [];
    if (named && names.length > 0 && names.every((n) => n.startsWith("type "))) continue;
    found.push(specifier);
  }
  for (const [, specifier = ""] of text.matchAll(BARE)) found.push(specifier);
  return found;
}

/** Tarjan's strongly connected components of more than one file (or a file importing itself). */
function stronglyConnected(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    let w: string | undefined;
    do {
      w = stack.pop();
      if (w === undefined) break;
      onStack.delete(w);
      group.push(w);
    } while (w !== v);
    if (group.length > 1 || (graph.get(v) ?? []).includes(v)) groups.push(group);
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return groups;
}
