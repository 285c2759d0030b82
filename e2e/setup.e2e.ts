import { afterAll, beforeAll } from "vitest";
import { snapshot } from "./support/browser";
import { expect, test } from "./support/fixtures";
import { freePort, type Server, startServer } from "./support/server";

// A new customer's first visit: the only journey that needs a fresh install, so it gets a server of
// its own (the same build, an empty database) and depends on no order among the specs.
let server: Server | undefined;
beforeAll(async () => {
  server = await startServer({ port: await freePort() });
});
afterAll(async () => {
  await server?.stop();
});

test("fresh install → setup page → organization and admin created → app shell", async ({ browser }) => {
  if (!server) throw new Error("the fresh install's server did not start");
  const context = await browser.newContext({
    baseURL: server.baseURL,
    viewport: { width: 1280, height: 800 },
  });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(25_000);
    await page.goto("/");
    await page.waitForURL(/\/setup$/);
    await snapshot(page, "setup-1280");
    await page.getByRole("button", { name: "Create organization" }).click();
    await expect(page.getByText("At least 2 characters").first()).toBeVisible();
    await page.getByLabel("Organization name").fill("Acme Robotics");
    await page.getByLabel("Your name").fill("Ada Admin");
    await page.getByLabel("Email").fill("ada@acme.test");
    await page.getByLabel("Password").fill("ada-password-1");
    await page.getByRole("button", { name: "Create organization" }).click();
    await page.waitForURL(/\/o\/[^/]+$/);
    expect(new URL(page.url()).pathname).toMatch(/^\/o\/acme-robotics-/);
    await expect(page.getByRole("heading", { name: "Welcome, Ada Admin" })).toBeVisible();
    await snapshot(page, "home-1280-light");
    // The setup page is shown only once.
    await page.goto("/setup");
    await page.waitForURL(/\/o\//);
  } finally {
    await context.close();
  }
});
