import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { type Person, signedIn } from "./support/accounts";
import { cardIn, column, serverAction } from "./support/board";
import type { useBrowser } from "./support/browser";
import { baseURL, snapshot } from "./support/browser";

/** Deals made for these journeys, all in the first stage, worth $1,000 each. */
const STICKY = Array.from({ length: 9 }, (_, i) => `Sticky ${i + 1}`);

/** A write through the REST API with the page's session, sent from the site as a browser would. */
const post = (page: Page, path: string, data: Record<string, unknown>) =>
  page.request.post(path, { data, headers: { origin: baseURL() } });

/** The box of an element, or a failure naming it. */
async function box(page: Page, locator: ReturnType<Page["locator"]>, what: string) {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`${what} has no box on ${page.url()}`);
  return found;
}

/**
 * What jarred in daily use (issue 12): the board's cards and headers, undo after delete, enums shown
 * raw, the audit log, call outcomes, the deal's stage progress, the deals list's sum, the favicon,
 * the sidebar and the organization form. Runs in org A after the CRM journeys (it adds nine deals).
 */
export function dailyUseJourneys(
  browser: ReturnType<typeof useBrowser>,
  people: { admin: Person },
  slug: () => string,
  ids: { contact: string },
) {
  it("board: a click on a card's body opens the deal; stage headers stay in view while a stage scrolls", async () => {
    const { context, page } = await signedIn(browser, people.admin);
    for (const title of STICKY) {
      const created = await post(page, "/api/v1/deals", { title, value: 100000 });
      expect(created.status(), title).toBe(201);
    }
    await page.goto(`/o/${slug()}/deals/board`);
    const lead = column(page, "Lead in");
    await cardIn(page, "Lead in", "Sticky 1").waitFor();
    // Scroll to the stage's last card: its name and totals are still on screen, below the app header.
    await lead.getByRole("listitem").last().scrollIntoViewIfNeeded();
    const heading = await box(page, lead.getByRole("heading", { name: "Lead in" }), "the stage heading");
    expect(heading.y).toBeGreaterThanOrEqual(56);
    expect(heading.y + heading.height).toBeLessThanOrEqual(800);
    await snapshot(page, "board-scrolled-1280");

    // A click on the card (not its title link) opens the deal.
    await page.goto(`/o/${slug()}/deals/board`);
    const card = cardIn(page, "Lead in", "Sticky 1");
    const size = await box(page, card, "the card");
    await card.click({ position: { x: size.width / 2, y: size.height - 10 } });
    await page.waitForURL(/\/deals\/[0-9a-f-]{36}$/);
    await page.getByRole("heading", { name: "Sticky 1", level: 1 }).waitFor();
    await context.close();
  });

  it("the deal page shows the stage progress; a click on a stage moves the deal", async () => {
    const { context, page } = await signedIn(browser, people.admin);
    await page.goto(`/o/${slug()}/deals?q=Sticky%201`);
    await page.getByRole("main").getByRole("link", { name: "Sticky 1", exact: true }).click();
    await page.getByRole("heading", { name: "Sticky 1", level: 1 }).waitFor();
    const progress = page.getByRole("navigation", { name: "Stage progress" });
    await expect(progress.locator('[aria-current="step"]').textContent()).resolves.toContain("Lead in");
    await expect(progress.getByRole("listitem").count()).resolves.toBe(5);
    await snapshot(page, "deal-stage-progress-1280");
    const moved = serverAction(page);
    await progress.getByRole("button", { name: "Move to Qualified" }).click();
    await moved;
    await page.getByText("Moved to Qualified").waitFor();
    await page.reload();
    await expect(
      page.getByRole("navigation", { name: "Stage progress" }).locator('[aria-current="step"]').textContent(),
    ).resolves.toContain("Qualified");
    await context.close();
  });

  it("the deals list sums the values of every deal its filter selects, per currency", async () => {
    const { context, page } = await signedIn(browser, people.admin);
    await page.goto(`/o/${slug()}/deals?q=Sticky`);
    const sum = page.getByTestId("deal-value-sum");
    await sum.waitFor();
    await expect(sum.textContent()).resolves.toMatch(/\$9,000(\.00)? \(9 deals\)/);
    await snapshot(page, "deals-list-sum-1280");
    await context.close();
  });

  it("a deleted deal comes back with Undo in the toast", async () => {
    const { context, page } = await signedIn(browser, people.admin);
    await page.goto(`/o/${slug()}/deals?q=Sticky%209`);
    await page.getByRole("main").getByRole("link", { name: "Sticky 9", exact: true }).click();
    await page.waitForURL(/\/deals\/[0-9a-f-]{36}$/);
    const dealUrl = page.url();
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Move to trash" }).click();
    await page.waitForURL(/\/deals$/);
    const toast = page.locator("[data-sonner-toast]").filter({ hasText: "Sticky 9 moved to the trash" });
    await snapshot(page, "delete-undo-toast-1280");
    await toast.getByRole("button", { name: "Undo" }).click();
    await page.waitForURL(dealUrl);
    await page.getByText("Sticky 9 restored").waitFor();
    await page.reload();
    await page.getByRole("heading", { name: "Sticky 9", level: 1 }).waitFor();

    // From a list too: the bulk trash toast undoes the whole selection.
    await page.goto(`/o/${slug()}/deals?q=Sticky`);
    await page.getByRole("checkbox", { name: "Select Sticky 8" }).first().click();
    const bulk = page.getByRole("region", { name: "Actions on selected records" });
    await bulk.getByRole("button", { name: "Move to trash" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Move to trash" }).click();
    const bulkToast = page.locator("[data-sonner-toast]").filter({ hasText: "1 record changed" });
    await bulkToast.getByRole("button", { name: "Undo" }).click();
    await page.getByText("1 record restored").waitFor();
    await page.reload();
    await page.getByRole("main").getByRole("link", { name: "Sticky 8", exact: true }).waitFor();
    await context.close();
  });

  it("the audit log names actions and record types in words, filters them and links the records", async () => {
    const { context, page } = await signedIn(browser, people.admin);
    await page.goto(`/o/${slug()}/settings/audit-log`);
    const filters = page.getByRole("search", { name: "Filter the audit log" });
    await filters.getByRole("combobox", { name: "Record type" }).click();
    await page.getByRole("option", { name: "Deal", exact: true }).click();
    await page.waitForURL(/type=deal/);
    await filters.getByRole("combobox", { name: "What" }).click();
    await page.getByRole("option", { name: "Moved to the trash", exact: true }).click();
    await page.waitForURL(/verb=delete/);
    const rows = page.getByRole("main").getByRole("row");
    await rows.filter({ hasText: "Deal moved to the trash" }).first().waitFor();
    // Only deal deletions are left; nothing shows as stored ("deal.delete").
    await expect(rows.filter({ hasText: "Deal created" }).count()).resolves.toBe(0);
    await expect(page.getByText("deal.delete", { exact: true }).count()).resolves.toBe(0);
    await snapshot(page, "audit-log-filtered-1280");
    await rows.getByRole("link", { name: "Sticky 9" }).first().click();
    await page.getByRole("heading", { name: "Sticky 9", level: 1 }).waitFor();
    await context.close();
  });

  it("a call is logged with its outcome, shown on the timeline", async () => {
    const { context, page } = await signedIn(browser, people.admin);
    await page.goto(`/o/${slug()}/contacts/${ids.contact}`);
    await page
      .getByRole("group", { name: "Log on this record" })
      .getByRole("button", { name: "Call" })
      .click();
    await page.getByLabel("Subject").fill("Tried to reach Peter");
    await page.getByRole("combobox", { name: "Outcome" }).click();
    await page.getByRole("option", { name: "Left voicemail" }).click();
    const logged = serverAction(page);
    await page.getByRole("button", { name: "Log call" }).click();
    await logged;
    const entry = page
      .getByRole("region", { name: "Timeline" })
      .getByRole("listitem")
      .filter({ hasText: "Tried to reach Peter" });
    await expect(entry.getByText("Left voicemail").waitFor()).resolves.toBeUndefined();
    await snapshot(page, "call-outcome-1280");
    await context.close();
  });

  it("the merge page shows list values by their labels, not as stored", async () => {
    const { context, page } = await signedIn(browser, people.admin);
    const made: string[] = [];
    for (const firstName of ["Milton", "Milt"]) {
      const response = await post(page, "/api/v1/contacts", {
        firstName,
        lastName: "Waddams",
        email: "milton@initech.test",
        leadStatus: "unqualified",
        source: "webinar",
      });
      expect(response.status()).toBe(201);
      made.push(((await response.json()) as { data: { id: string } }).data.id);
    }
    await page.goto(`/o/${slug()}/duplicates/merge?object=contacts&ids=${made.join(",")}`);
    await page.getByRole("radio", { name: "Use Unqualified for Lead status", exact: true }).first().waitFor();
    await page.getByRole("radio", { name: "Use Webinar for Source", exact: true }).first().waitFor();
    await expect(page.getByText("unqualified", { exact: true }).count()).resolves.toBe(0);
    await snapshot(page, "merge-labels-1280");
    await context.close();
  });

  it("every page has a favicon; the sidebar's last items stay on its background", async () => {
    const { context, page } = await browser.newPage();
    await page.goto("/sign-in");
    const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
    expect(href).toBeTruthy();
    const icon = await page.request.get(href ?? "/favicon.ico");
    expect(icon.status()).toBe(200);
    expect(icon.headers()["content-type"]).toContain("image/svg+xml");
    await context.close();

    // A short window: the sidebar's items are taller than it and scroll inside it.
    const { context: short, page: shortPage } = await signedIn(browser, people.admin);
    await shortPage.setViewportSize({ width: 1280, height: 520 });
    await shortPage.goto(`/o/${slug()}/deals`);
    const sidebar = shortPage.locator("aside");
    const last = sidebar.getByRole("link").last();
    await last.scrollIntoViewIfNeeded();
    // Scroll the page itself too (over the main column): the items must not hang below the sidebar.
    await shortPage.mouse.move(800, 400);
    await shortPage.mouse.wheel(0, 2000);
    const aside = await box(shortPage, sidebar, "the sidebar");
    const item = await box(shortPage, last, "the last sidebar item");
    expect(item.y + item.height).toBeLessThanOrEqual(aside.y + aside.height);
    await short.close();
  });

  it("organization settings: the currency is a select of ISO codes, aligned with the time zone", async () => {
    const { context, page } = await signedIn(browser, people.admin);
    await page.goto(`/o/${slug()}/settings/organization`);
    const currency = page.getByRole("combobox", { name: "Default currency" });
    const zone = page.getByRole("combobox", { name: "Time zone" });
    const [a, b] = [await box(page, currency, "currency"), await box(page, zone, "time zone")];
    expect(Math.abs(a.y - b.y)).toBeLessThanOrEqual(1);
    expect(Math.abs(a.height - b.height)).toBeLessThanOrEqual(2);
    await currency.click();
    await page.getByRole("option", { name: /^EUR – / }).click();
    await snapshot(page, "organization-currency-1280");
    const saved = serverAction(page);
    await page.getByRole("button", { name: "Save" }).click();
    await saved;
    await page.reload();
    await expect
      .poll(() => page.getByRole("combobox", { name: "Default currency" }).textContent())
      .toContain("EUR");
    // Back to dollars for what follows.
    await page.getByRole("combobox", { name: "Default currency" }).click();
    await page.getByRole("option", { name: /^USD – / }).click();
    const back = serverAction(page);
    await page.getByRole("button", { name: "Save" }).click();
    await back;
    await context.close();
  });
}
