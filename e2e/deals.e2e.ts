import { snapshot } from "./support/browser";
import { expect, test } from "./support/fixtures";
import { createFromList, createRecord, openRecord, pickRecord } from "./support/records";

// Deals: the form, the stage progress on the deal's page, the list's sum, and undo after delete.

const DEAL = "Initech TPS rollout";

test("a deal for them is created from the form and shows on the company", async ({ org }) => {
  const company = await createRecord(org.api, "/companies", { name: "Initech", domain: "initech.test" });
  await createRecord(org.api, "/contacts", {
    firstName: "Peter",
    lastName: "Gibbons",
    email: "peter@initech.test",
    companyId: company,
  });
  const { page } = await org.pageAs();
  await createFromList(page, `${org.path}/deals`, "deal", async (dialog) => {
    await dialog.getByLabel("Title").fill(DEAL);
    await dialog.getByLabel("Value", { exact: true }).fill("48000");
    await pickRecord(page, dialog, "Company", "Initech", /Initech/);
    await pickRecord(page, dialog, "Contact", "Gibbons", /Peter Gibbons/);
  });
  await openRecord(page, DEAL);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { name: DEAL, level: 1 })).toBeVisible();
  await expect(main.getByRole("link", { name: "Initech" }).first()).toBeVisible();
  await expect(main.getByText("Lead in").first()).toBeVisible();
  await snapshot(page, "deal-new-1280");

  // The company now lists its contact and its deal.
  await page.goto(`${org.path}/companies/${company}`);
  await expect(main.getByRole("link", { name: /Peter Gibbons/ }).first()).toBeVisible();
  await expect(main.getByRole("link", { name: DEAL }).first()).toBeVisible();
  await snapshot(page, "company-detail-1280");
});

test("the deal page shows the stage progress; a click on a stage moves the deal", async ({ org }) => {
  const deal = await createRecord(org.api, "/deals", { title: "Sticky 1", value: 100000 });
  const { page } = await org.pageAs();
  await page.goto(`${org.path}/deals?q=Sticky%201`);
  await page.getByRole("main").getByRole("link", { name: "Sticky 1", exact: true }).click();
  await page.waitForURL(new RegExp(`/deals/${deal}$`));
  await expect(page.getByRole("heading", { name: "Sticky 1", level: 1 })).toBeVisible();
  const progress = page.getByRole("navigation", { name: "Stage progress" });
  await expect(progress.locator('[aria-current="step"]')).toContainText("Lead in");
  await expect(progress.getByRole("listitem")).toHaveCount(5);
  await snapshot(page, "deal-stage-progress-1280");
  await progress.getByRole("button", { name: "Move to Qualified" }).click();
  await expect(page.getByText("Moved to Qualified")).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole("navigation", { name: "Stage progress" }).locator('[aria-current="step"]'),
  ).toContainText("Qualified");
});

test("the deals list sums the values of every deal its filter selects, per currency", async ({ org }) => {
  for (let i = 1; i <= 9; i++) await createRecord(org.api, "/deals", { title: `Sticky ${i}`, value: 100000 });
  // Not selected by the filter, so not in the sum.
  await createRecord(org.api, "/deals", { title: "Other deal", value: 500000 });
  const { page } = await org.pageAs();
  await page.goto(`${org.path}/deals?q=Sticky`);
  await expect(page.getByTestId("deal-value-sum")).toHaveText(/\$9,000(\.00)? \(9 deals\)/);
  await snapshot(page, "deals-list-sum-1280");
});

test("a deleted deal comes back with Undo in the toast", async ({ org }) => {
  for (const title of ["Sticky 8", "Sticky 9"])
    await createRecord(org.api, "/deals", { title, value: 100000 });
  const { page } = await org.pageAs();
  await page.goto(`${org.path}/deals?q=Sticky%209`);
  await page.getByRole("main").getByRole("link", { name: "Sticky 9", exact: true }).click();
  await page.waitForURL(/\/deals\/[0-9a-f-]{36}$/);
  const dealUrl = page.url();
  await page.getByRole("button", { name: "Delete", exact: true }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Move to trash" }).click();
  await page.waitForURL(/\/deals$/);
  const toast = page.locator("[data-sonner-toast]").filter({ hasText: "Sticky 9 moved to the trash" });
  await expect(toast).toBeVisible();
  await snapshot(page, "delete-undo-toast-1280");
  await toast.getByRole("button", { name: "Undo" }).click();
  await page.waitForURL(dealUrl);
  await expect(page.getByText("Sticky 9 restored")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Sticky 9", level: 1 })).toBeVisible();

  // From a list too: the bulk trash toast undoes the whole selection.
  await page.goto(`${org.path}/deals?q=Sticky`);
  await page.getByRole("checkbox", { name: "Select Sticky 8" }).first().click();
  const bulk = page.getByRole("region", { name: "Actions on selected records" });
  await bulk.getByRole("button", { name: "Move to trash" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Move to trash" }).click();
  const bulkToast = page.locator("[data-sonner-toast]").filter({ hasText: "1 record changed" });
  await bulkToast.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByText("1 record restored")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("main").getByRole("link", { name: "Sticky 8", exact: true })).toBeVisible();
});
