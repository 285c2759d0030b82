import type { Locator, Page } from "playwright-core";
import { snapshot } from "./support/browser";
import { expect, test } from "./support/fixtures";
import { createRecord } from "./support/records";

// The Ctrl+K search palette.

/** Opens the search palette with Ctrl+K (retrying until the page has hydrated and listens). */
async function openPalette(page: Page): Promise<Locator> {
  const dialog = page.getByRole("dialog", { name: "Search" });
  await expect(async () => {
    if (!(await dialog.isVisible())) await page.keyboard.press("Control+k");
    await expect(dialog).toBeVisible({ timeout: 1_000 });
  }).toPass();
  return dialog;
}

test("Ctrl+K finds a contact by a misspelt name, opens it with the keyboard and lists it as recent", async ({
  org,
}) => {
  await createRecord(org.api, "/contacts", {
    firstName: "Peter",
    lastName: "Gibbons",
    email: "peter@initech.test",
  });
  await createRecord(org.api, "/contacts", { firstName: "Petra", lastName: "Gibson" });
  const { page } = await org.pageAs();
  await page.goto(org.path);
  const dialog = await openPalette(page);
  const input = dialog.getByRole("combobox", { name: "Search records" });
  await input.fill("petre gibbons");
  const hit = dialog.getByRole("group", { name: "Contacts" }).getByRole("option", { name: /Peter Gibbons/ });
  await expect(hit).toBeVisible();
  await expect(hit.locator("mark").first()).toBeVisible();
  await snapshot(page, "search-palette-1280");
  // Walk down the results with the arrow keys to the contact, then open it with Enter.
  for (let step = 0; step < 10 && (await hit.getAttribute("aria-selected")) !== "true"; step++) {
    await page.keyboard.press("ArrowDown");
  }
  await expect(hit).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/contacts\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: "Peter Gibbons", level: 1 })).toBeVisible();
  await expect(dialog).toBeHidden();

  // An empty box lists the recently viewed records.
  await openPalette(page);
  await expect(input).toHaveValue("");
  await expect(
    dialog.getByRole("group", { name: "Recently viewed" }).getByRole("option", { name: /Peter Gibbons/ }),
  ).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});
