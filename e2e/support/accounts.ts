import type { Page } from "playwright-core";
import { acceptAsNewUser, expect, type OpenPage, type Session } from "./fixtures";

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

/** Invites `email` from the members page; the invitation link the dialog shows. */
export async function invite(page: Page, slug: string, email: string, roleLabel: string): Promise<string> {
  await page.goto(`/o/${slug}/settings/members`);
  await page.getByRole("button", { name: "Invite member" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Email").fill(email);
  await dialog.getByRole("combobox").click();
  await page.getByRole("option", { name: new RegExp(roleLabel) }).click();
  await dialog.getByRole("button", { name: "Send invitation" }).click();
  const link = page.getByTestId("invite-link");
  await expect(link).toHaveValue(/\/invite\/[0-9a-f-]{36}$/);
  return link.inputValue();
}

/** Someone without an account opens the invitation link and creates one. */
export async function joinAsNewUser(
  open: OpenPage,
  link: string,
  who: { name: string; password: string },
): Promise<Session> {
  const session = await open();
  await acceptAsNewUser(session.page, link, who);
  return session;
}

/** Creates an API key with that role on the settings page; the key, shown once. */
export async function createApiKey(
  page: Page,
  slug: string,
  name: string,
  roleLabel: RegExp,
): Promise<string> {
  await page.goto(`/o/${slug}/settings/api-keys`);
  await page.getByRole("button", { name: "Create API key" }).first().click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Key name").fill(name);
  await dialog.getByRole("combobox").click();
  await page.getByRole("option", { name: roleLabel }).click();
  await dialog.getByRole("button", { name: "Create API key" }).click();
  const key = page.getByTestId("new-api-key");
  await expect(key).toHaveValue(/^crm_/);
  return key.inputValue();
}
