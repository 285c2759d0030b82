import { createApiKey, invite, joinAsNewUser, signIn, signOut } from "./support/accounts";
import { snapshot } from "./support/browser";
import { baseURL, expect, test } from "./support/fixtures";

// Accounts: signing in and out, inviting a member, API keys and the sign-in throttle.

test("sign out, then sign in again", async ({ org, open }) => {
  const { page } = await open();
  await signIn(page, org.admin);
  await signOut(page);
  await page.goto(org.path);
  await page.waitForURL(/\/sign-in/);
  await signIn(page, org.admin);
  expect(page.url()).toContain(org.path);
});

test("an admin invites a second user, who joins with the rep role", async ({ org, open }) => {
  const rep = { name: "Rex Rep", email: `rex-${Date.now()}@acme.test`, password: "rex-password-1" };
  const { page } = await org.pageAs();
  const link = await invite(page, org.slug, rep.email, "Sales rep");
  await snapshot(page, "members-invite-1280");
  const joined = await joinAsNewUser(open, link, rep);
  expect(joined.page.url()).toContain(org.path);
  await expect(joined.page.getByText("Your role: Sales rep")).toBeVisible();
  // A rep sees no API keys page.
  await expect(joined.page.getByRole("link", { name: "API keys" })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("row", { name: new RegExp(rep.email) })).toBeVisible();
});

test("an API key from the settings page authenticates /api/v1/me; no key is a 401 problem", async ({
  org,
}) => {
  const { page } = await org.pageAs();
  const key = await createApiKey(page, org.slug, "Zapier", /Read-only/);
  const me = await fetch(`${baseURL()}/api/v1/me`, { headers: { authorization: `Bearer ${key}` } });
  expect(me.status).toBe(200);
  const body = (await me.json()) as { data: { org: { slug: string }; role: string } };
  expect(body.data.org.slug).toBe(org.slug);
  expect(body.data.role).toBe("readonly");
  const anonymous = await fetch(`${baseURL()}/api/v1/me`);
  expect(anonymous.status).toBe(401);
  expect(anonymous.headers.get("content-type")).toContain("application/problem+json");
});

test("five wrong passwords throttle sign-in with a clear 'try again in N s'", async ({ org, open }) => {
  const rep = await org.addMember("rep", "Rex Rep");
  const { page } = await open();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(rep.email);
  const alert = page.locator("form").getByRole("alert");
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel("Password").fill(`wrong-${attempt}`);
    // Each attempt's answer replaces the last one's message: wait for it before reading.
    const answered = page.waitForResponse((r) => r.url().endsWith("/api/auth/sign-in/email"));
    await page.getByRole("button", { name: "Sign in" }).click();
    await answered;
    await expect(alert).toHaveText(
      attempt < 5 ? /Wrong email or password/ : /Too many failed attempts\. Try again in \d+ s\./,
    );
  }
  // Even the right password waits for the lock to pass.
  await page.getByLabel("Password").fill(rep.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(alert).toHaveText(/Try again in \d+ s/);
  await snapshot(page, "sign-in-throttled");
});
