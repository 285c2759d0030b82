import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// The REST surface as the file system declares it: every apps/web/app/api/v1/**/route.ts and the
// methods it exports. A new route file is swept without anyone adding it to a list.

export const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type Method = (typeof METHODS)[number];

export type RouteMethod = {
  /** `/api/v1/deals/[id]/stage` — the file's directory, segments as written. */
  template: string;
  method: Method;
  /** Dynamic segments in order: `[{ name: "id", resource: "deals" }]`. */
  params: { name: string; resource: string }[];
};

const root = path.resolve(import.meta.dirname, "../../apps/web/app");
const EXPORTED = /export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g;
// Route files bound from the operation registry: `export const { GET, POST } = restHandlers(…)`.
const EXPORTED_TOGETHER = /export\s+const\s*\{([^}]*)\}\s*=/g;

/** The methods a route file exports, one by one or destructured from `restHandlers`. */
function exportedMethods(source: string): Method[] {
  const named = [...source.matchAll(EXPORTED)].map((match) => match[1] ?? "");
  const together = [...source.matchAll(EXPORTED_TOGETHER)].flatMap((match) =>
    (match[1] ?? "").split(",").map((name) => name.trim().split(":")[0]?.trim() ?? ""),
  );
  return [...new Set([...named, ...together])].filter((name): name is Method =>
    (METHODS as readonly string[]).includes(name),
  );
}

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

export function listApiRoutes(): RouteMethod[] {
  const routes: RouteMethod[] = [];
  for (const file of routeFiles(path.join(root, "api/v1")).sort()) {
    const segments = path.relative(root, path.dirname(file)).split(path.sep);
    const params = segments.flatMap((segment, i) => {
      const match = /^\[(\w+)\]$/.exec(segment);
      if (!match?.[1]) return [];
      // `[stageId]` belongs to stages, `[id]` to the segment before it (`deals/[id]`).
      const name = match[1];
      const resource = name === "id" ? (segments[i - 1] ?? "") : `${name.replace(/Id$/, "")}s`;
      return [{ name, resource }];
    });
    for (const method of exportedMethods(readFileSync(file, "utf8"))) {
      routes.push({ template: `/${segments.join("/")}`, method, params });
    }
  }
  return routes;
}

/** The path with each `[param]` replaced by `fill(param)` (URL-encoded unless `raw`). */
export function fillPath(
  route: RouteMethod,
  fill: (param: RouteMethod["params"][number]) => string,
  options: { raw?: boolean } = {},
): string {
  let i = 0;
  return route.template.replace(/\[(\w+)\]/g, () => {
    const param = route.params[i++];
    if (!param) throw new Error(`unexpected segment in ${route.template}`);
    const value = fill(param);
    return options.raw ? value : encodeURIComponent(value);
  });
}
