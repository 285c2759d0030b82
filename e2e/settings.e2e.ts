import type { Locator } from "playwright-core";
import { serverAction } from "./support/board";
import { snapshot } from "./support/browser";
import { expect, test } from "./support/fixtures";
import { createRecord } from "./support/records";

// Organization settings: the trash, the audit log (issue 12: actions and record types were shown as
// stored) and the organization form.

/** The box of an element, or a failure naming it. */
async function box(locator: Locator, what: string) {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`${what} has no box`);
  return found;
}

test("the audit log names actions and record types in words, filters them and links the records", async ({
  org,
}) => {
  const deal = await createRecord(org.api, "/deals", { title: "Sticky 9", value: 100000 });
  await createRecord(org.api, "/deals", { title: "Sticky 8", value: 100000 });
  // A write with the session cookie says it is JSON (CSRF check, issue 13.4), even without a body.
  const deleted = await org.api.delete(`/api/v1/deals/${deal}`, {
    headers: { "content-type": "application/json" },
  });
  expect(deleted.status(), await deleted.text()).toBe(204);
  const { page } = await org.pageAs();
  // Back from the trash, so the audit log's link leads to a page.
  await page.goto(`${org.path}/settings/trash?object=deals`);
  await page.getByRole("button", { name: "Restore Sticky 9" }).click();
  await expect(page.getByText("Sticky 9 restored")).toBeVisible();

  await page.goto(`${org.path}/settings/audit-log`);
  const filters = page.getByRole("search", { name: "Filter the audit log" });
  await filters.getByRole("combobox", { name: "Record type" }).click();
  await page.getByRole("option", { name: "Deal", exact: true }).click();
  await page.waitForURL(/type=deal/);
  await filters.getByRole("combobox", { name: "What" }).click();
  await page.getByRole("option", { name: "Moved to the trash", exact: true }).click();
  await page.waitForURL(/verb=delete/);
  const rows = page.getByRole("main").getByRole("row");
  await expect(rows.filter({ hasText: "Deal moved to the trash" })).toHaveCount(1);
  // Only deal deletions are left; nothing shows as stored ("deal.delete").
  await expect(rows.filter({ hasText: "Deal created" })).toHaveCount(0);
  await expect(page.getByText("deal.delete", { exact: true })).toHaveCount(0);
  await snapshot(page, "audit-log-filtered-1280");
  await rows.getByRole("link", { name: "Sticky 9" }).first().click();
  await expect(page.getByRole("heading", { name: "Sticky 9", level: 1 })).toBeVisible();
});

test("organization settings: the currency is a select of ISO codes, aligned with the time zone", async ({
  org,
}) => {
  const { page } = await org.pageAs();
  await page.goto(`${org.path}/settings/organization`);
  const currency = page.getByRole("combobox", { name: "Default currency" });
  const zone = page.getByRole("combobox", { name: "Time zone" });
  const [a, b] = [await box(currency, "currency"), await box(zone, "time zone")];
  expect(Math.abs(a.y - b.y)).toBeLessThanOrEqual(1);
  expect(Math.abs(a.height - b.height)).toBeLessThanOrEqual(2);
  await expect(currency).toContainText("USD");
  await currency.click();
  await page.getByRole("option", { name: /^EUR – / }).click();
  await snapshot(page, "organization-currency-1280");
  const saved = serverAction(page);
  await page.getByRole("button", { name: "Save" }).click();
  await saved;
  await page.reload();
  await expect(page.getByRole("combobox", { name: "Default currency" })).toContainText("EUR");
});
