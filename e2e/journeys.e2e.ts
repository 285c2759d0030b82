import { describe, expect, it } from "vitest";
import { type CrmIds, crmJourneys } from "./crm-journeys";
import { dailyUseJourneys } from "./daily-use-journeys";
import { findAndMoveJourneys } from "./find-and-move-journeys";
import { listJourneys } from "./list-journeys";
import { invite, joinAsNewUser as join, signIn, signOut } from "./support/accounts";
import { baseURL, snapshot, useBrowser } from "./support/browser";

// One fresh install, walked through in order as a new customer would.
const browser = useBrowser();

const admin = { org: "Acme Robotics", name: "Ada Admin", email: "ada@acme.test", password: "ada-password-1" };
const rep = { name: "Rex Rep", email: "rex@acme.test", password: "rex-password-1" };
const outsider = { name: "Olga Other", email: "olga@globex.test", password: "olga-password-1" };
const state = { slugA: "", slugB: "", readonlyKey: "", repKey: "" };
const ids: CrmIds = { company: "", contact: "", deal: "", lead: "", task: "" };
const joinAsNewUser = (link: string, who: { name: string; password: string }) => join(browser, link, who);

describe("a new customer's first day", () => {
  it("fresh install → setup page → organization and admin created → app shell", async () => {
    const { context, page } = await browser.newPage();
    await page.goto("/");
    await page.waitForURL(/\/setup$/);
    await snapshot(page, "setup-1280");
    await page.getByRole("button", { name: "Create organization" }).click();
    await expect(page.getByText("At least 2 characters").first().isVisible()).resolves.toBe(true);
    await page.getByLabel("Organization name").fill(admin.org);
    await page.getByLabel("Your name").fill(admin.name);
    await page.getByLabel("Email").fill(admin.email);
    await page.getByLabel("Password").fill(admin.password);
    await page.getByRole("button", { name: "Create organization" }).click();
    await page.waitForURL(/\/o\/[^/]+$/);
    state.slugA = new URL(page.url()).pathname.split("/")[2] ?? "";
    expect(state.slugA).toMatch(/^acme-robotics-/);
    await expect(page.getByRole("heading", { name: `Welcome, ${admin.name}` }).isVisible()).resolves.toBe(
      true,
    );
    await snapshot(page, "home-1280-light");
    // The setup page is shown only once.
    await page.goto("/setup");
    await page.waitForURL(/\/o\//);
    await context.close();
  });

  it("sign out, then sign in again", async () => {
    const { context, page } = await browser.newPage();
    await signIn(page, admin);
    await signOut(page);
    await page.goto(`/o/${state.slugA}`);
    await page.waitForURL(/\/sign-in/);
    await signIn(page, admin);
    expect(page.url()).toContain(`/o/${state.slugA}`);
    await context.close();
  });

  it("the shell works in German, at phone width and in dark mode", async () => {
    const { context, page } = await browser.newPage({ width: 375 });
    await signIn(page, admin);
    await page.getByRole("button", { name: "Language" }).click();
    await page.getByRole("menuitemradio", { name: "Deutsch" }).click();
    await expect(
      page.getByRole("heading", { name: `Willkommen, ${admin.name}` }).waitFor(),
    ).resolves.toBeUndefined();
    expect(await page.locator("html").getAttribute("lang")).toBe("de");
    await page.getByRole("button", { name: "Navigation öffnen" }).click();
    await expect(page.getByRole("link", { name: "Mitglieder" }).isVisible()).resolves.toBe(true);
    await snapshot(page, "nav-375-de");
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Design" }).click();
    await page.getByRole("menuitemradio", { name: "Dunkel" }).click();
    await expect(page.locator("html.dark").waitFor()).resolves.toBeUndefined();
    await snapshot(page, "home-375-de-dark");
    // Back to English for the rest of the journey; the choice is saved for the user.
    await page.getByRole("button", { name: "Sprache" }).click();
    await page.getByRole("menuitemradio", { name: "English" }).click();
    await page.getByRole("heading", { name: `Welcome, ${admin.name}` }).waitFor();
    await context.close();
  });

  it("an admin invites a second user, who joins with the rep role", async () => {
    const { context, page } = await browser.newPage();
    await signIn(page, admin);
    const link = await invite(page, state.slugA, rep.email, "Sales rep");
    await snapshot(page, "members-invite-1280");
    const joined = await joinAsNewUser(link, rep);
    expect(joined.page.url()).toContain(`/o/${state.slugA}`);
    await expect(joined.page.getByText("Your role: Sales rep").isVisible()).resolves.toBe(true);
    // A rep sees no API keys page.
    await expect(joined.page.getByRole("link", { name: "API keys" }).count()).resolves.toBe(0);
    await joined.context.close();
    await page.reload();
    const row = page.getByRole("row", { name: new RegExp(rep.email) });
    await expect(row.isVisible()).resolves.toBe(true);
    await context.close();
  });

  it("an API key from the settings page authenticates /api/v1/me; no key is a 401 problem", async () => {
    const { context, page } = await browser.newPage();
    await signIn(page, admin);
    const createKey = async (name: string, roleLabel: RegExp) => {
      await page.goto(`/o/${state.slugA}/settings/api-keys`);
      await page.getByRole("button", { name: "Create API key" }).first().click();
      const dialog = page.getByRole("dialog");
      await dialog.getByLabel("Key name").fill(name);
      await dialog.getByRole("combobox").click();
      await page.getByRole("option", { name: roleLabel }).click();
      await dialog.getByRole("button", { name: "Create API key" }).click();
      return page.getByTestId("new-api-key").inputValue();
    };
    const key = await createKey("Zapier", /Read-only/);
    expect(key).toMatch(/^crm_/);
    state.readonlyKey = key;
    state.repKey = await createKey("Rep script", /Sales rep/);
    const me = await fetch(`${baseURL()}/api/v1/me`, { headers: { authorization: `Bearer ${key}` } });
    expect(me.status).toBe(200);
    const body = (await me.json()) as { data: { org: { slug: string }; role: string } };
    expect(body.data.org.slug).toBe(state.slugA);
    expect(body.data.role).toBe("readonly");
    const anonymous = await fetch(`${baseURL()}/api/v1/me`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("content-type")).toContain("application/problem+json");
    await context.close();
  });

  it("REST API v1: rep keys see only their deals, readonly keys cannot write, 422 names the field", async () => {
    const api = (key: string, path: string, init: RequestInit = {}) =>
      fetch(`${baseURL()}/api/v1${path}`, {
        ...init,
        headers: { authorization: `Bearer ${key}`, "content-type": "application/json", ...init.headers },
      });
    // The rep signs in and creates a deal of their own through the API with their session.
    const { context, page } = await browser.newPage();
    await signIn(page, rep);
    const repDeal = await page.request.post("/api/v1/deals", {
      data: { title: "Rex's deal", value: 120000 },
    });
    expect(repDeal.status()).toBe(201);
    const repDealId = ((await repDeal.json()) as { data: { id: string } }).data.id;
    await context.close();

    // A key with the rep role acts for the admin who created it, with a rep's rights.
    const created = await api(state.repKey, "/deals", {
      method: "POST",
      body: JSON.stringify({ title: "Key deal", value: 5000 }),
    });
    expect(created.status).toBe(201);
    const keyDeal = ((await created.json()) as { data: { id: string; probability: number; stageId: string } })
      .data;
    const list = (await (await api(state.repKey, "/deals?limit=200")).json()) as {
      data: { id: string }[];
      nextCursor: null;
    };
    expect(list.data.map((d) => d.id)).toContain(keyDeal.id);
    expect(list.data.map((d) => d.id)).not.toContain(repDealId);
    const hidden = await api(state.repKey, `/deals/${repDealId}`);
    expect(hidden.status).toBe(404);
    expect(hidden.headers.get("content-type")).toContain("application/problem+json");

    // The readonly key reads everything and writes nothing.
    expect((await api(state.readonlyKey, `/deals/${repDealId}`)).status).toBe(200);
    for (const [method, path, body] of [
      ["POST", "/deals", { title: "x" }],
      ["PATCH", `/deals/${keyDeal.id}`, { title: "y" }],
      ["DELETE", `/deals/${keyDeal.id}`, undefined],
      ["POST", "/contacts", { firstName: "x" }],
    ] as const) {
      const response = await api(state.readonlyKey, path, {
        method,
        body: body ? JSON.stringify(body) : undefined,
      });
      expect(response.status, `${method} ${path}`).toBe(403);
    }

    // Bad input is a 422 naming the field.
    const invalid = await api(state.repKey, "/contacts", {
      method: "POST",
      body: JSON.stringify({ firstName: "", email: "nope" }),
    });
    expect(invalid.status).toBe(422);
    const problem = (await invalid.json()) as { errors: Record<string, string[]> };
    expect(Object.keys(problem.errors)).toEqual(expect.arrayContaining(["firstName", "email"]));

    // Moving the deal through the stage endpoint sets the stage's probability.
    const pipelines = (await (await api(state.repKey, "/pipelines")).json()) as {
      data: { stages: { id: string; probability: number; kind: string }[] }[];
    };
    const proposal = pipelines.data[0]?.stages.find((s) => s.kind === "open" && s.id !== keyDeal.stageId);
    if (!proposal) throw new Error("default pipeline has no second open stage");
    const moved = await api(state.repKey, `/deals/${keyDeal.id}/stage`, {
      method: "PUT",
      body: JSON.stringify({ stageId: proposal.id }),
    });
    expect(moved.status).toBe(200);
    expect(((await moved.json()) as { data: { probability: number } }).data.probability).toBe(
      proposal.probability,
    );
    expect(moved.headers.get("ratelimit-limit")).toBe("600");

    // One request for a record page: the deal with its timeline (the stage change just logged).
    const page1 = await api(state.repKey, `/deals/${keyDeal.id}?include=timeline`);
    expect(page1.status).toBe(200);
    const withTimeline = (await page1.json()) as {
      data: { id: string };
      timeline: { data: { subject: string | null }[]; nextCursor: string | null };
    };
    expect(withTimeline.data.id).toBe(keyDeal.id);
    expect(withTimeline.timeline.data.map((a) => a.subject)).toContainEqual(
      expect.stringMatching(/^Stage: /),
    );
    expect((await api(state.repKey, `/deals/${repDealId}?include=timeline`)).status).toBe(404);
    expect((await api(state.repKey, `/deals/${keyDeal.id}?include=owner`)).status).toBe(422);
  });

  it("a contact is created in the browser and a call is logged on its timeline", async () => {
    const { context, page } = await browser.newPage();
    await signIn(page, admin);
    await page.goto(`/o/${state.slugA}/contacts`);
    await page.getByRole("button", { name: "New contact" }).first().click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("First name").fill("Grace");
    await dialog.getByLabel("Last name").fill("Hopper");
    await dialog.getByLabel("Email").fill("grace@navy.test");
    await dialog.getByRole("button", { name: "Create contact" }).click();
    await dialog.waitFor({ state: "hidden" });
    await page
      .getByRole("link", { name: /Grace Hopper/ })
      .first()
      .click();
    await page.waitForURL(/\/contacts\/[0-9a-f-]{36}$/);
    await snapshot(page, "contact-detail-1280");
    await page
      .getByRole("group", { name: "Log on this record" })
      .getByRole("button", { name: "Call" })
      .click();
    await page.getByLabel("Subject").fill("Discovery call");
    await page.getByRole("button", { name: "Log call" }).click();
    await expect(page.getByText("Discovery call").first().waitFor()).resolves.toBeUndefined();
    await context.close();
  });

  crmJourneys(browser, { admin, rep }, () => state.slugA, ids);
  findAndMoveJourneys(browser, admin, () => state.slugA);
  dailyUseJourneys(browser, { admin }, () => state.slugA, ids);
  listJourneys(browser, admin, () => state.slugA);

  it("a member of org B opening org A's URLs gets 404", async () => {
    const { context, page } = await browser.newPage();
    await signIn(page, admin);
    await page.getByRole("button", { name: "Switch organization" }).first().click();
    await page.getByRole("menuitem", { name: "New organization" }).click();
    await page.getByLabel("Organization name").fill("Globex");
    await page.getByRole("button", { name: "Create", exact: true }).click();
    await page.waitForURL(/\/o\/globex-/);
    state.slugB = new URL(page.url()).pathname.split("/")[2] ?? "";
    const link = await invite(page, state.slugB, outsider.email, "Admin");
    await context.close();

    const joined = await joinAsNewUser(link, outsider);
    expect(joined.page.url()).toContain(`/o/${state.slugB}`);
    const records = [
      `contacts/${ids.contact}`,
      `companies/${ids.company}`,
      `leads/${ids.lead}`,
      `deals/${ids.deal}`,
      `tasks/${ids.task}`,
    ];
    for (const path of [
      `/o/${state.slugA}`,
      `/o/${state.slugA}/settings/members`,
      `/o/${state.slugA}/settings/api-keys`,
      // Org A's records, by their URLs in org A and with org A's ids under org B's own URL.
      ...records.map((record) => `/o/${state.slugA}/${record}`),
      ...records.map((record) => `/o/${state.slugB}/${record}`),
    ]) {
      const response = await joined.page.goto(path);
      expect(response?.status(), path).toBe(404);
      await joined.page.getByRole("heading", { name: "Page not found" }).waitFor();
      await expect(joined.page.getByText(admin.org).count()).resolves.toBe(0);
      await expect(joined.page.getByText("Initech").count()).resolves.toBe(0);
    }
    const me = await joined.page.request.get("/api/v1/me");
    expect(((await me.json()) as { data: { org: { slug: string } } }).data.org.slug).toBe(state.slugB);
    await joined.context.close();
  });

  it("five wrong passwords throttle sign-in with a clear 'try again in N s'", async () => {
    const { context, page } = await browser.newPage();
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(rep.email);
    for (let attempt = 1; attempt <= 5; attempt++) {
      await page.getByLabel("Password").fill(`wrong-${attempt}`);
      await page.getByRole("button", { name: "Sign in" }).click();
      const alert = page.locator("form").getByRole("alert");
      await alert.waitFor();
      const text = await alert.textContent();
      if (attempt < 5) expect(text).toContain("Wrong email or password");
      else expect(text).toMatch(/Too many failed attempts\. Try again in \d+ s\./);
    }
    // Even the right password waits for the lock to pass.
    await page.getByLabel("Password").fill(rep.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("form").getByRole("alert").textContent()).resolves.toMatch(
      /Try again in \d+ s/,
    );
    await snapshot(page, "sign-in-throttled");
    await context.close();
  });
});
