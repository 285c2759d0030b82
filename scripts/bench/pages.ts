// `npm run bench:pages [-- --scale 1k|100k|1m] [--db pglite|postgres] [--reuse STATE] [--json FILE]`:
// Lighthouse (desktop preset, the system Chromium) on the dashboard, the contacts list, a contact page
// and the deal board of a seeded org, production build, signed in with a session cookie. Prints
// performance, accessibility and LCP against the thresholds (≥ 90, ≥ 95, < 1 s); exit 1 on a miss.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { openBench } from "./open";
import { buildIfNeeded, startServer } from "./server";
import { SCALES, type Scale } from "./setup";

const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "1k" },
    db: { type: "string" },
    reuse: { type: "string" },
    adopt: { type: "string" },
    "reuse-build": { type: "boolean", default: false },
    json: { type: "string" },
    port: { type: "string", default: "3918" },
    keep: { type: "boolean", default: false },
  },
});
const scale = values.scale as Scale;
if (!(scale in SCALES)) throw new Error(`--scale must be one of ${Object.keys(SCALES).join(", ")}`);
const db = (values.db ?? (scale === "1m" ? "postgres" : "pglite")) as "pglite" | "postgres";
const log = (line: string) => process.stdout.write(`${line}\n`);
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

async function main(): Promise<number> {
  buildIfNeeded(log, { reuse: values["reuse-build"] });
  const opened = await openBench({ scale, db, reuse: values.reuse, adopt: values.adopt, log });
  const f = opened.fixture;
  await opened.bench.handle.close();
  const server = await startServer({
    port: Number(values.port),
    env: opened.serverEnv,
    log,
    logFile: `${opened.serverEnv.DATA_DIR}/server.log`,
  });
  const rows: { page: string; performance: number; accessibility: number; lcpMs: number; pass: boolean }[] =
    [];
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  try {
    const cookie = await signIn(server.url, f.adminEmail, f.password);
    const pages = {
      dashboard: `/o/${f.slug}`,
      "contacts list": `/o/${f.slug}/contacts`,
      "contact page": `/o/${f.slug}/contacts/${f.contactId}`,
      "deal board": `/o/${f.slug}/deals/board`,
    };
    for (const [name, pathname] of Object.entries(pages)) {
      // One unmeasured load compiles nothing in production, but fills the server's caches as a user would.
      await fetch(`${server.url}${pathname}`, { headers: { cookie } }).then((r) => r.arrayBuffer());
      const result = await lighthouse(
        `${server.url}${pathname}`,
        {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility"],
          extraHeaders: { Cookie: cookie },
        },
        desktopConfig,
      );
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`no Lighthouse result for ${name}`);
      if (lhr.finalDisplayedUrl.includes("/sign-in")) throw new Error(`${name}: redirected to sign-in`);
      const performance = Math.round((lhr.categories.performance?.score ?? 0) * 100);
      const accessibility = Math.round((lhr.categories.accessibility?.score ?? 0) * 100);
      const lcpMs = Math.round(lhr.audits["largest-contentful-paint"]?.numericValue ?? Number.NaN);
      const pass = performance >= 90 && accessibility >= 95 && lcpMs < 1000;
      rows.push({ page: name, performance, accessibility, lcpMs, pass });
      log(
        `  ${pass ? "PASS" : "FAIL"}  ${name.padEnd(14)} performance ${performance}  accessibility ${accessibility}  LCP ${lcpMs} ms`,
      );
      if (accessibility < 100) {
        const failing = Object.values(lhr.audits)
          .filter((a) => a.score === 0 && lhr.categories.accessibility?.auditRefs.some((r) => r.id === a.id))
          .map((a) => a.id);
        if (failing.length > 0) log(`        accessibility audits failing: ${failing.join(", ")}`);
      }
    }
  } finally {
    await chrome.kill();
    await server.stop();
    if (values.keep) log(`kept: --reuse ${opened.stateFile}`);
    else await opened.dispose();
  }
  const failed = rows.filter((r) => !r.pass).length;
  log(`\nthresholds: performance ≥ 90, accessibility ≥ 95, LCP < 1000 ms (Lighthouse desktop preset)`);
  log(`${rows.length - failed} passed, ${failed} failed`);
  if (values.json) writeFileSync(values.json, JSON.stringify({ scale, db, rows }, null, 2));
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
