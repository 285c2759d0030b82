// Regression: the hand-kept OpenAPI document had drifted (14 of 52 route files were missing from
// it). Every exported method of every /api/v1 route file must be in the generated document.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { openApiDocument } from "@crm/core/modules/api/route-table";
import { describe, expect, it } from "vitest";

const root = path.join(import.meta.dirname);
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

/** The methods a route file exports: `export const GET =`, `export async function POST(`, `export const { GET, POST } =`. */
export function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  for (const match of source.matchAll(/export\s+(?:async\s+)?(?:const|function)\s+([A-Z]+)\b/g))
    found.add(match[1] as string);
  for (const match of source.matchAll(/export\s+const\s*\{([^}]*)\}\s*=/g))
    for (const name of (match[1] as string).split(",")) found.add(name.trim().split(":")[0]?.trim() ?? "");
  return [...found].filter((name) => METHODS.includes(name));
}

const apiPath = (file: string) =>
  `/${path.relative(root, path.dirname(file)).split(path.sep).join("/")}`.replace(/\[([^\]]+)\]/g, "{$1}");

describe("the OpenAPI document", () => {
  const paths = openApiDocument().paths as Record<string, Record<string, unknown>>;
  const files = routeFiles(root);

  it("finds the route files and their methods", () => {
    expect(files.length).toBeGreaterThan(50);
    expect(exportedMethods('export const { GET, PATCH } = restHandlers("/x", "GET", "PATCH");')).toEqual([
      "GET",
      "PATCH",
    ]);
    expect(exportedMethods("export async function POST(request: Request) {}")).toEqual(["POST"]);
  });

  it("documents every exported method of every /api/v1 route file", () => {
    const missing = files.flatMap((file) =>
      exportedMethods(readFileSync(file, "utf8"))
        .filter((method) => !paths[apiPath(file)]?.[method.toLowerCase()])
        .map((method) => `${method} ${apiPath(file)}`),
    );
    expect(missing).toEqual([]);
  });

  it("has no path that no route file serves", () => {
    const served = new Set(files.map(apiPath));
    expect(Object.keys(paths).filter((p) => !served.has(p))).toEqual([]);
  });
});
