import type { BrowserContext, Page } from "playwright-core";
import { expect } from "vitest";
import type { useBrowser } from "./browser";

export type Person = { name: string; email: string; password: string };
type Browser = ReturnType<typeof useBrowser>;

export async function signIn(page: Page, who: { email: string; password: string }) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/o\/[^/]+$/);
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Account menu" }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await page.waitForURL(/\/sign-in/);
}

/** A fresh browser context (its own cookies), signed in as `who`. */
export async function signedIn(browser: Browser, who: Person, options: { width?: number } = {}) {
  const { context, page } = await browser.newPage(options);
  await signIn(page, who);
  return { context, page };
}

export async function invite(page: Page, slug: string, email: string, roleLabel: string): Promise<string> {
  await page.goto(`/o/${slug}/settings/members`);
  await page.getByRole("button", { name: "Invite member" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Email").fill(email);
  await dialog.getByRole("combobox").click();
  await page.getByRole("option", { name: new RegExp(roleLabel) }).click();
  await dialog.getByRole("button", { name: "Send invitation" }).click();
  const link = await page.getByTestId("invite-link").inputValue();
  expect(link).toMatch(/\/invite\/[0-9a-f-]{36}$/);
  return link;
}

export async function joinAsNewUser(
  browser: Browser,
  link: string,
  who: { name: string; password: string },
): Promise<{ context: BrowserContext; page: Page }> {
  const { context, page } = await browser.newPage();
  await page.goto(link);
  await page.getByLabel("Your name").fill(who.name);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Create account and join" }).click();
  await page.waitForURL(/\/o\/[^/]+$/);
  return { context, page };
}
