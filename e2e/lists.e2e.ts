import type { APIRequestContext, Page } from "playwright-core";
import { snapshot } from "./support/browser";
import { expect, test } from "./support/fixtures";
import { createRecord } from "./support/records";

// Issue 12.9 and 12.10, as a user meets them: lists said "50 records on this page" instead of how
// many there are, and at 1280 px cut off their Owner and Updated columns; at 375 px My day was 436 px
// wide and lists were desktop tables behind a screen of filter chips.

// One unbroken line: before the fix it widened My day's grid track past the phone's width.
const LONG_SUBJECT =
  "Quarterly procurement review with the extended stakeholder group and the regional purchasing leads";

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** One record of each listed type, so every list has a row to show. */
async function createOneOfEach(api: APIRequestContext) {
  await createRecord(api, "/contacts", { firstName: "Wilhelmina", lastName: "Featherstonehaugh" });
  await createRecord(api, "/companies", { name: "Umbrella" });
  await createRecord(api, "/deals", { title: "Umbrella rollout", value: 120000 });
  await createRecord(api, "/leads", { name: "Lena Lead" });
}

test("at 1280 px a list shows every default column and keeps the name in view", async ({ org }) => {
  await createOneOfEach(org.api);
  const { page } = await org.pageAs();
  await page.goto(`${org.path}/contacts`);
  await expect(page.getByTestId("list-range")).toHaveText("1–1 of 1");
  const table = page.locator('[data-slot="table-container"]');
  await expect(table.getByRole("columnheader", { name: "Owner" })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: /Updated/ })).toBeVisible();
  const fits = await table.evaluate((el) => el.scrollWidth <= el.clientWidth);
  expect(fits, "the contacts table needs no sideways scrolling at 1280 px").toBe(true);
  await expect(table.getByRole("columnheader", { name: /Name/ })).toHaveCSS("position", "sticky");
  await snapshot(page, "contacts-list-1280");
});

test("at 375 px My day fits the screen and lists are cards with filters in a sheet", async ({ org }) => {
  await createOneOfEach(org.api);
  const contact = await createRecord(org.api, "/contacts", {
    firstName: "Wilhelmina",
    lastName: "Longname-Featherstonehaugh",
  });
  await createRecord(org.api, "/activities", { type: "note", subject: LONG_SUBJECT, contactId: contact });
  await createRecord(org.api, "/tasks", { title: LONG_SUBJECT, dueAt: new Date().toISOString() });

  const { page } = await org.pageAs(org.admin, { width: 375 });
  await page.goto(`${org.path}/my-day`);
  await expect(page.getByText(LONG_SUBJECT).first()).toBeVisible();
  expect(await pageWidth(page)).toBeLessThanOrEqual(375);
  await snapshot(page, "my-day-375");

  for (const list of ["contacts", "companies", "deals", "leads", "tasks"]) {
    await page.goto(`${org.path}/${list}`);
    await expect(page.getByTestId("record-cards")).toBeVisible();
    await expect(page.getByRole("table")).toBeHidden();
    expect(await pageWidth(page), `${list} at 375 px`).toBeLessThanOrEqual(375);
  }

  await page.goto(`${org.path}/contacts`);
  const cards = page.getByTestId("record-cards");
  await expect(cards.getByRole("link", { name: /Longname-Featherstonehaugh/ })).toBeVisible();
  await expect(page.getByTestId("list-range")).toHaveText("1–2 of 2");
  // The chips are not in the way; the Filters button opens them.
  await expect(page.getByRole("button", { name: /^Lead status/ })).toHaveCount(0);
  await page.getByRole("button", { name: "Filters" }).click();
  const sheet = page.getByRole("dialog", { name: "Filters" });
  await sheet.getByRole("button", { name: /^Lead status/ }).click();
  await page.getByRole("checkbox", { name: "New", exact: true }).click();
  await page.waitForURL(/leadStatus=new/);
  await page.keyboard.press("Escape");
  await snapshot(page, "contacts-filters-375");
  await page.keyboard.press("Escape");
  await expect(sheet).toBeHidden();
  await expect(page.getByRole("button", { name: /Filters.*1/ })).toBeVisible();
  await snapshot(page, "contacts-cards-375");
});
