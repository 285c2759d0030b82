// `tsx scripts/bench/profile-summary.ts FILE.cpuprofile [--top 40] [--per N] [--last S]`: where a V8
// CPU profile (from `npm run bench -- --profile DIR`, i.e. `node --cpu-prof`) spent its time: the
// functions with the most self time, the most inclusive time, and self time by origin (Node internals,
// Next.js, the pg driver, the app's bundle, …). `--per N` also prints each as milliseconds per request
// for N requests; `--last S` reads only the profile's last S seconds (the measured run, without the
// server's start and warm-up, whose module loading and compiling would dominate).
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
type Profile = {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
};

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: "string", default: "40" }, per: { type: "string" }, last: { type: "string" } },
});
const file = positionals[0];
if (!file) throw new Error("usage: profile-summary.ts FILE.cpuprofile [--top N] [--per REQUESTS]");
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const top = Number(values.top);
const per = values.per ? Number(values.per) : undefined;

/** Where a function comes from, coarsely: the package or part of the runtime. */
function originOf(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  if (url.startsWith("node:")) return `node:${url.slice(5).split("/")[0]}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg?.[1] === "next") {
    const part = /next\/dist\/(compiled\/[^/]+|[^/]+\/[^/]+)/.exec(url);
    return `next/${part?.[1] ?? "?"}`;
  }
  if (pkg?.[1]) return pkg[1];
  if (/\/\.next[^/]*\/server\//.test(url)) return "app bundle (.next/server)";
  return url.replace(/^file:\/\//, "");
}

const keyOf = (f: CallFrame) => `${f.functionName || "(anonymous)"} ${shortUrl(f.url)}:${f.lineNumber + 1}`;
function shortUrl(url: string): string {
  return url
    .replace(/^file:\/\//, "")
    .replace(/.*node_modules\//, "")
    .replace(/.*\/apps\/web\//, "");
}

// Self time per node from the samples (of the last seconds only, with --last).
const allUs = profile.timeDeltas.reduce((s, v) => s + v, 0);
const fromUs = values.last ? allUs - Number(values.last) * 1e6 : 0;
const selfUs = new Map<number, number>();
let atUs = 0;
let totalUs = 0;
for (const [i, id] of profile.samples.entries()) {
  const delta = profile.timeDeltas[i] ?? 0;
  atUs += delta;
  if (atUs < fromUs) continue;
  totalUs += delta;
  selfUs.set(id, (selfUs.get(id) ?? 0) + delta);
}
const byId = new Map(profile.nodes.map((n) => [n.id, n]));

const self = new Map<string, number>();
const origins = new Map<string, number>();
for (const node of profile.nodes) {
  const us = selfUs.get(node.id) ?? 0;
  if (us === 0) continue;
  const key = keyOf(node.callFrame);
  self.set(key, (self.get(key) ?? 0) + us);
  const origin = originOf(node.callFrame);
  origins.set(origin, (origins.get(origin) ?? 0) + us);
}

// Inclusive time per function, each sample counted once per function even under recursion.
const inclusive = new Map<string, number>();
const root = profile.nodes[0];
function walk(node: ProfileNode, onStack: Set<string>): number {
  let us = selfUs.get(node.id) ?? 0;
  const key = keyOf(node.callFrame);
  const fresh = !onStack.has(key);
  if (fresh) onStack.add(key);
  for (const child of node.children ?? []) {
    const c = byId.get(child);
    if (c) us += walk(c, onStack);
  }
  if (fresh) {
    onStack.delete(key);
    inclusive.set(key, (inclusive.get(key) ?? 0) + us);
  }
  return us;
}
if (root) walk(root, new Set());

const idle = self.get("(idle) :0") ?? 0;
const busyUs = totalUs - idle;
const fmt = (us: number) => {
  const share = `${((us / Math.max(1, busyUs)) * 100).toFixed(1)}%`.padStart(6);
  const perRequest = per ? `${(us / 1000 / per).toFixed(3).padStart(7)} ms/req` : "";
  return `${(us / 1000).toFixed(0).padStart(7)} ms ${share} ${perRequest}`;
};
const print = (title: string, map: Map<string, number>, n: number) => {
  console.log(`\n${title}`);
  for (const [key, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`${fmt(us)}  ${key}`);
};

console.log(
  `${file}: ${(totalUs / 1e6).toFixed(1)} s profiled, ${(busyUs / 1e6).toFixed(1)} s not idle${per ? `, ${per} requests` : ""} (shares are of the time not idle)`,
);
print("self time by origin", origins, 30);
print("self time by function", self, top);
print("inclusive time by function", inclusive, top);
