import { snapshot } from "./support/browser";
import { expect, test } from "./support/fixtures";
import { createFromList, openRecord } from "./support/records";

// Leads: created from the form and converted into a contact, a company and a deal.

test("a lead is created and converted into a contact, a company and a deal it links to", async ({ org }) => {
  const { page } = await org.pageAs();
  await createFromList(page, `${org.path}/leads`, "lead", async (dialog) => {
    await dialog.getByLabel("Name").fill("Samir Nagheenanajar");
    await dialog.getByLabel("Email").fill("samir@initrode.test");
    await dialog.getByLabel("Company").fill("Initrode");
  });
  const lead = await openRecord(page, "Samir Nagheenanajar");
  await page.getByRole("button", { name: "Convert", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Convert Samir Nagheenanajar" });
  await expect(dialog.getByRole("switch", { name: "Also create a deal" })).toBeChecked();
  await dialog.getByLabel("Deal title").fill("Initrode pilot");
  await dialog.getByLabel("Value").fill("12000");
  await snapshot(page, "lead-convert-1280");
  await dialog.getByRole("button", { name: "Convert", exact: true }).click();
  await page.waitForURL(/\/deals\/[0-9a-f-]{36}$/);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { name: "Initrode pilot", level: 1 })).toBeVisible();
  await expect(main.getByRole("link", { name: "Initrode" }).first()).toBeVisible();

  await page.goto(`${org.path}/leads/${lead}`);
  await expect(main.getByText("Converted").first()).toBeVisible();
  await snapshot(page, "lead-converted-1280");
  await main.getByRole("link", { name: "Open the company" }).click();
  await expect(main.getByRole("heading", { name: "Initrode", level: 1 })).toBeVisible();
  await expect(main.getByRole("link", { name: /Samir Nagheenanajar/ }).first()).toBeVisible();
  await page.goBack();
  await main.getByRole("link", { name: "Open the contact" }).click();
  await expect(main.getByRole("heading", { name: "Samir Nagheenanajar", level: 1 })).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Timeline" }).getByText("Converted from a lead"),
  ).toBeVisible();
  await page.goBack();
  await main.getByRole("link", { name: "Open the deal" }).click();
  await expect(main.getByRole("heading", { name: "Initrode pilot", level: 1 })).toBeVisible();
});
