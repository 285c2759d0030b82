#!/usr/bin/env node
// CI: the README's start command on a clone nothing has built yet, on a fresh data dir, with `PORT`
// alone — as a new user runs it. The first start used to serve HTTP 500 on every page for good (the
// build's page rendering held the embedded database's lock). Checks that the setup page answers at
// the first try, that setup, sign-out and sign-in work in a real browser, and that a second server
// on the same data dir exits non-zero with the reason instead of serving errors.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { root } from "./build-web.mjs";
import { ensureChromium } from "./ensure-chromium.mjs";

const PORT = 3900;
const base = `http://localhost:${PORT}`;
const dataDir = mkdtempSync(path.join(tmpdir(), "crm-first-run-"));
// Only what a new user has: no APP_URL, no DATA_DIR of the project's own, no database server.
const userEnv = { ...process.env, PORT: String(PORT), DATA_DIR: dataDir };
delete userEnv.APP_URL;
delete userEnv.DATABASE_URL;

const fail = (message) => {
  throw new Error(`first run: ${message}`);
};

function start(env) {
  const child = spawn("npm", ["start"], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  const keep = (chunk) => {
    output += String(chunk);
    process.stdout.write(chunk);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const exited = new Promise((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, exited, output: () => output };
}

const stop = async (server) => {
  if (server.child.exitCode !== null) return;
  process.kill(-server.child.pid, "SIGTERM");
  await server.exited;
};

async function firstAnswer(url, server, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) fail(`npm start exited with ${server.child.exitCode}`);
    try {
      return await fetch(url, { redirect: "manual" });
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  fail(`no answer from ${url} within ${timeoutMs / 1000} s`);
}

// Another server on the port would answer in place of the one under test.
const answering = await fetch(base).then(
  () => true,
  () => false,
);
if (answering) fail(`port ${PORT} is already in use: stop the other server first`);

const server = start(userEnv);
const admin = {
  org: "First Run Ltd",
  name: "Fiona First",
  email: "fiona@first-run.test",
  password: "fiona-password-1",
};
try {
  // The first start builds the app: minutes on two cores.
  const home = await firstAnswer(`${base}/`, server, 15 * 60_000);
  if (home.status !== 307 || home.headers.get("location") !== "/setup") {
    fail(
      `GET / answered ${home.status} ${home.headers.get("location") ?? ""}, expected a redirect to /setup`,
    );
  }
  const setup = await fetch(`${base}/setup`);
  if (setup.status !== 200) fail(`GET /setup answered ${setup.status}`);

  const browser = await chromium.launch({
    executablePath: ensureChromium(),
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--no-first-run",
    ],
  });
  try {
    const page = await browser.newPage({ baseURL: base });
    page.setDefaultTimeout(30_000);
    await page.goto("/");
    await page.waitForURL(/\/setup$/);
    await page.getByLabel("Organization name").fill(admin.org);
    await page.getByLabel("Your name").fill(admin.name);
    await page.getByLabel("Email").fill(admin.email);
    await page.getByLabel("Password").fill(admin.password);
    await page.getByRole("button", { name: "Create organization" }).click();
    await page.waitForURL(/\/o\/[^/]+$/);
    await page.getByRole("button", { name: "Account menu" }).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await page.waitForURL(/\/sign-in/);
    await page.getByLabel("Email").fill(admin.email);
    await page.getByLabel("Password").fill(admin.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/o\/[^/]+$/);
    await page.getByRole("heading", { name: `Welcome, ${admin.name}` }).waitFor();
  } finally {
    await browser.close();
  }

  // A second server on the same embedded database cannot open it: it must stop and say why.
  const second = start({ ...userEnv, PORT: String(PORT + 1) });
  const code = await Promise.race([
    second.exited,
    new Promise((r) => setTimeout(() => r("timeout"), 120_000)),
  ]);
  if (code === "timeout") {
    await stop(second);
    fail("a second server on a data dir in use kept running");
  }
  if (code === 0) fail("a second server on a data dir in use exited with 0");
  if (!second.output().includes("is in use by another process"))
    fail("the second server did not say why it stopped");
  console.log(
    "first run: setup page at the first try, setup, sign-out and sign-in work; a second server exits",
  );
} finally {
  await stop(server);
  rmSync(dataDir, { recursive: true, force: true });
}
