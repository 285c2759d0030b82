import { snapshot } from "./support/browser";
import { expect, test } from "./support/fixtures";
import { createFromList, createRecord, openRecord, pickRecord } from "./support/records";

// Contacts and companies from their forms, and calls logged on a contact's timeline.

test("a contact is created in the browser and a call is logged on its timeline", async ({ org }) => {
  const { page } = await org.pageAs();
  await page.goto(`${org.path}/contacts`);
  await page.getByRole("button", { name: "New contact" }).first().click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("First name").fill("Grace");
  await dialog.getByLabel("Last name").fill("Hopper");
  await dialog.getByLabel("Email").fill("grace@navy.test");
  await dialog.getByRole("button", { name: "Create contact" }).click();
  await expect(dialog).toBeHidden();
  await page
    .getByRole("link", { name: /Grace Hopper/ })
    .first()
    .click();
  await page.waitForURL(/\/contacts\/[0-9a-f-]{36}$/);
  await snapshot(page, "contact-detail-1280");
  await page.getByRole("group", { name: "Log on this record" }).getByRole("button", { name: "Call" }).click();
  await page.getByLabel("Subject").fill("Discovery call");
  await page.getByRole("button", { name: "Log call" }).click();
  await expect(page.getByText("Discovery call").first()).toBeVisible();
});

test("a company and a contact at it are created from the forms", async ({ org }) => {
  const { page } = await org.pageAs();
  await createFromList(page, `${org.path}/companies`, "company", async (dialog) => {
    await dialog.getByRole("textbox", { name: "Name", exact: true }).fill("Initech");
    await dialog.getByLabel("Domain").fill("initech.test");
    await dialog.getByLabel("Industry").fill("Software");
  });
  await openRecord(page, "Initech");
  await expect(page.getByRole("heading", { name: "Initech", level: 1 })).toBeVisible();

  await createFromList(page, `${org.path}/contacts`, "contact", async (dialog) => {
    await dialog.getByLabel("First name").fill("Peter");
    await dialog.getByLabel("Last name").fill("Gibbons");
    await dialog.getByLabel("Email").fill("peter@initech.test");
    await pickRecord(page, dialog, "Company", "Init", /Initech/);
    await expect(dialog.getByLabel("Company", { exact: true })).toContainText("Initech");
  });
  await openRecord(page, /Peter Gibbons/);
  await expect(page.getByRole("main").getByRole("link", { name: "Initech" }).first()).toBeVisible();
});

test("a call is logged with its outcome, shown on the timeline", async ({ org }) => {
  const contact = await createRecord(org.api, "/contacts", { firstName: "Peter", lastName: "Gibbons" });
  const { page } = await org.pageAs();
  await page.goto(`${org.path}/contacts/${contact}`);
  await page.getByRole("group", { name: "Log on this record" }).getByRole("button", { name: "Call" }).click();
  await page.getByLabel("Subject").fill("Tried to reach Peter");
  await page.getByRole("combobox", { name: "Outcome" }).click();
  await page.getByRole("option", { name: "Left voicemail" }).click();
  await page.getByRole("button", { name: "Log call" }).click();
  const entry = page
    .getByRole("region", { name: "Timeline" })
    .getByRole("listitem")
    .filter({ hasText: "Tried to reach Peter" });
  await expect(entry.getByText("Left voicemail")).toBeVisible();
  await snapshot(page, "call-outcome-1280");
});
