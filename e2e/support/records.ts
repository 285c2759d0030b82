import type { Locator, Page } from "playwright-core";

/** Chooses a record in a searchable picker (company, contact): open, type, click the match. */
export async function pickRecord(page: Page, scope: Locator, label: string, query: string, option: RegExp) {
  await scope.getByLabel(label, { exact: true }).click();
  const search = page.getByRole("combobox", { name: "Search…" });
  await search.fill(query);
  await page.getByRole("option", { name: option }).click();
  // The popover closes with an animation; the next picker opened before it ends would find two boxes.
  await search.waitFor({ state: "detached" });
}

/** Opens a list's "New …" dialog, lets `fill` complete it, submits, and waits for it to close. */
export async function createFromList(
  page: Page,
  path: string,
  object: "company" | "contact" | "deal" | "lead",
  fill: (dialog: Locator) => Promise<void>,
) {
  await page.goto(path);
  await page
    .getByRole("button", { name: `New ${object}` })
    .first()
    .click();
  const dialog = page.getByRole("dialog", { name: `New ${object}` });
  await fill(dialog);
  await dialog.getByRole("button", { name: `Create ${object}` }).click();
  await dialog.waitFor({ state: "hidden" });
}

/** Follows the link to a record and returns its id from the detail page's URL. */
export async function openRecord(page: Page, name: string | RegExp): Promise<string> {
  await page.getByRole("main").getByRole("link", { name }).first().click();
  await page.waitForURL(/\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname.split("/").pop() ?? "";
}

/** The 404 page: its status and its heading, and none of the hidden record's text. */
export async function expectNotFound(page: Page, path: string, hidden: string): Promise<number | undefined> {
  const response = await page.goto(path);
  await page.getByRole("heading", { name: "Page not found" }).waitFor();
  if ((await page.getByText(hidden).count()) !== 0) throw new Error(`${path} shows ${hidden}`);
  return response?.status();
}
