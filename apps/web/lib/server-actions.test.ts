import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Every server action goes through the one wrapper with a stable name (`contacts.create`), so its log
// lines carry the name and the caller's org and user (issue 14). An action that called a service
// directly, or a wrapper without a name, would log nothing of the kind: this walks every
// "use server" file under features/ and fails on such an action.

const FEATURES = path.join(import.meta.dirname, "../features");
const NAMED_CALL = /\b(?:runAction|runUserAction|runOrgAction)\(\s*"([a-z][A-Za-z]*\.[a-z][A-Za-z]*)"/g;
// Operations carry their own name (`operation.name`), which runOrgOperation hands to the wrapper.
const OPERATION_CALL = /\brunOrgOperation\(/;

function serverActionFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return serverActionFiles(full);
    if (!/\.tsx?$/.test(entry.name) || entry.name.includes(".test.")) return [];
    return /^\s*["']use server["']/.test(readFileSync(full, "utf8")) ? [full] : [];
  });
}

/** Top-level functions of a module (`function f`, `const f = (…) =>`), each with its text up to the next one. */
function topLevelFunctions(source: string): { name: string; exported: boolean; body: string }[] {
  const starts = [
    ...source.matchAll(/^(export )?(?:async )?(?:function (\w+)|const (\w+) = (?:async )?(?:<[^>]*>)?\()/gm),
  ];
  return starts.map((match, i) => ({
    name: match[2] ?? match[3] ?? "",
    exported: Boolean(match[1]),
    body: source.slice(match.index, starts[i + 1]?.index ?? source.length),
  }));
}

const goesThroughWrapper = (body: string) => OPERATION_CALL.test(body) || new RegExp(NAMED_CALL).test(body);

describe("server actions", () => {
  const files = serverActionFiles(FEATURES);

  it("are found", () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it("each run through the action wrapper under a name, directly or through a helper of their file", () => {
    const unnamed: string[] = [];
    for (const file of files) {
      const functions = topLevelFunctions(readFileSync(file, "utf8"));
      const helpers = new Map(functions.filter((f) => !f.exported).map((f) => [f.name, f.body]));
      for (const action of functions.filter(
        (f) => f.exported && f.body.startsWith("export async function"),
      )) {
        const called = [...action.body.matchAll(/\b(\w+)\(/g)].map((m) => helpers.get(m[1] ?? ""));
        const named =
          goesThroughWrapper(action.body) || called.some((body) => body && goesThroughWrapper(body));
        if (!named) unnamed.push(`${path.relative(FEATURES, file)}: ${action.name}`);
      }
    }
    expect(unnamed).toEqual([]);
  });

  it("have names of the form area.verb, each used by one action", () => {
    const names = files.flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(NAMED_CALL)].map((m) => m[1]),
    );
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });
});
