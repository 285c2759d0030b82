import { randomBytes } from "node:crypto";
import { expect as playwrightExpect } from "@playwright/test";
import {
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  chromium,
  type Page,
  request,
} from "playwright-core";
import { test as base, inject } from "vitest";

// Journeys as independent specs (issue 14): every test gets its own organization, made the way a
// customer's admin gets one (an invitation, then "New organization"), and its own records, so no
// test reads what another one left and one failure does not cascade. Assertions retry until the page
// settles (`await expect(locator).toBeVisible()`), with @playwright/test's `expect` in Vitest.

/** Playwright's retrying `expect`, patient enough for two cores shared with builds and other runs. */
export const expect = playwrightExpect.configure({ timeout: 20_000 });

export const baseURL = (): string => inject("baseURL");

export type Person = { name: string; email: string; password: string };
export type Role = "admin" | "manager" | "rep" | "readonly";
type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;
export type PageOptions = { width?: number; locale?: string };
export type Session = { context: BrowserContext; page: Page };
/** Opens a fresh browser context (its own cookies), closed when the test ends. */
export type OpenPage = (options?: PageOptions & { storageState?: StorageState }) => Promise<Session>;

export type Org = {
  id: string;
  name: string;
  slug: string;
  /** `/o/<slug>`: where every page of the organization lives. */
  path: string;
  admin: Person;
  /** HTTP with the admin's session, for the records a test starts from (`createRecord`). */
  api: APIRequestContext;
  /** An HTTP client with `who`'s session. */
  apiAs(who: Person): Promise<APIRequestContext>;
  /** A page signed in as `who` (by default the admin), closed when the test ends. */
  pageAs(who?: Person, options?: PageOptions): Promise<Session>;
  /** A new person who joined the organization with `role` through an invitation link. */
  addMember(role: Role, name: string): Promise<Person>;
};
export type NewOrg = (options?: { name?: string; adminName?: string }) => Promise<Org>;

const tag = () => randomBytes(4).toString("hex");

/** An HTTP client for better-auth's and the API's endpoints, signed in as `who` or with a stored session. */
async function apiClient(
  auth: { signIn: { email: string; password: string } } | { storageState: StorageState },
): Promise<APIRequestContext> {
  const client = await request.newContext({
    baseURL: baseURL(),
    // Writes with a session cookie must name their origin, as a browser's fetch does (CSRF check).
    extraHTTPHeaders: { origin: baseURL() },
    ...("storageState" in auth ? { storageState: auth.storageState } : {}),
  });
  if ("signIn" in auth) {
    const signedIn = await client.post("/api/auth/sign-in/email", { data: auth.signIn });
    if (!signedIn.ok()) throw new Error(`signing in ${auth.signIn.email} failed: ${signedIn.status()}`);
  }
  return client;
}

/** Invites `email` with `role` into the organization, as the settings page's dialog does; the link's id. */
async function inviteByApi(
  api: APIRequestContext,
  orgId: string,
  email: string,
  role: Role,
): Promise<string> {
  const response = await api.post("/api/auth/organization/invite-member", {
    data: { email, role, organizationId: orgId },
  });
  if (!response.ok())
    throw new Error(`inviting ${email} failed: ${response.status()} ${await response.text()}`);
  const body = (await response.json()) as { id?: string; invitation?: { id: string } };
  const id = body.invitation?.id ?? body.id;
  if (!id) throw new Error(`no invitation id in ${JSON.stringify(body)}`);
  return id;
}

/** An invitation link opened without an account: name and password, then into the organization. */
export async function acceptAsNewUser(
  page: Page,
  link: string,
  who: { name: string; password: string },
): Promise<void> {
  await page.goto(link);
  await page.getByLabel("Your name").fill(who.name);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Create account and join" }).click();
  await page.waitForURL(/\/o\/[^/]+$/);
}

export const test = base
  // biome-ignore lint/correctness/noEmptyPattern: Vitest reads what a fixture needs from this pattern.
  .extend("browser", { scope: "file" }, async ({}, { onCleanup }): Promise<Browser> => {
    const browser = await chromium.launch({
      executablePath: inject("chromium"),
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    onCleanup(() => browser.close());
    return browser;
  })
  // biome-ignore lint/correctness/noEmptyPattern: Vitest reads what a fixture needs from this pattern.
  .extend("home", { scope: "file" }, async ({}, { onCleanup }): Promise<APIRequestContext> => {
    // The home organization's admin, who lets each test's admin in (see global-setup.ts).
    const { email, password } = inject("home");
    const client = await apiClient({ signIn: { email, password } });
    onCleanup(() => client.dispose());
    return client;
  })
  .extend("open", async ({ browser }, { onCleanup }): Promise<OpenPage> => {
    const contexts: BrowserContext[] = [];
    onCleanup(async () => {
      await Promise.all(contexts.map((context) => context.close()));
    });
    return async (options = {}) => {
      const width = options.width ?? 1280;
      const context = await browser.newContext({
        baseURL: baseURL(),
        viewport: { width, height: width < 600 ? 812 : 800 },
        locale: options.locale ?? "en-US",
        // `page.request` calls /api/v1 with the session cookie, which must name its origin as a
        // browser's fetch does (CSRF check, issue 13.4); Playwright's request context sends none.
        extraHTTPHeaders: { origin: baseURL() },
        ...(options.storageState ? { storageState: options.storageState } : {}),
      });
      contexts.push(context);
      const page = await context.newPage();
      // Generous: the journeys share two cores with builds and other test runs.
      page.setDefaultTimeout(25_000);
      return { context, page };
    };
  })
  .extend("newOrg", async ({ open, home }, { onCleanup }): Promise<NewOrg> => {
    const clients: APIRequestContext[] = [];
    onCleanup(async () => {
      await Promise.all(clients.map((client) => client.dispose()));
    });
    const homeOrg = inject("home");
    return async (options = {}) => {
      const name = options.name ?? "Acme Robotics";
      const admin: Person = {
        name: options.adminName ?? "Ada Admin",
        email: `admin-${tag()}@e2e.test`,
        password: `admin-password-${tag()}`,
      };
      const sessions = new Map<string, StorageState>();
      // The admin joins the home organization by invitation, starts their own organization from the
      // organization switcher (so it is made as every other one is) and leaves the home one.
      const { context, page } = await open();
      const invitation = await inviteByApi(home, homeOrg.orgId, admin.email, "rep");
      await acceptAsNewUser(page, `/invite/${invitation}`, admin);
      await page.getByRole("button", { name: "Switch organization" }).first().click();
      await page.getByRole("menuitem", { name: "New organization" }).click();
      await page.getByLabel("Organization name").fill(name);
      await page.getByRole("button", { name: "Create", exact: true }).click();
      await page.waitForURL(
        (url) => /^\/o\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith(homeOrg.slug),
      );
      const slug = new URL(page.url()).pathname.split("/")[2] ?? "";
      const left = await page.request.post("/api/auth/organization/leave", {
        data: { organizationId: homeOrg.orgId },
      });
      if (!left.ok()) throw new Error(`leaving the home organization failed: ${left.status()}`);
      const me = await page.request.get(`/api/v1/me`);
      const { org } = ((await me.json()) as { data: { org: { id: string; slug: string } } }).data;
      if (org.slug !== slug)
        throw new Error(`the new organization ${slug} is not the active one (${org.slug})`);
      const adminState = await context.storageState();
      sessions.set(admin.email, adminState);
      await context.close();
      const adminApi = await apiClient({ storageState: adminState });
      clients.push(adminApi);

      const created: Org = {
        id: org.id,
        name,
        slug,
        path: `/o/${slug}`,
        admin,
        api: adminApi,
        async apiAs(who) {
          const storageState = sessions.get(who.email);
          if (!storageState) throw new Error(`${who.email} is not a member of ${slug}`);
          const client = await apiClient({ storageState });
          clients.push(client);
          return client;
        },
        async pageAs(who = admin, pageOptions = {}) {
          const storageState = sessions.get(who.email);
          if (!storageState) throw new Error(`${who.email} is not a member of ${slug}`);
          return open({ ...pageOptions, storageState });
        },
        async addMember(role, memberName) {
          const member: Person = {
            name: memberName,
            email: `${role}-${tag()}@e2e.test`,
            password: `${role}-password-${tag()}`,
          };
          const invitation = await inviteByApi(adminApi, org.id, member.email, role);
          const joined = await open();
          await acceptAsNewUser(joined.page, `/invite/${invitation}`, member);
          sessions.set(member.email, await joined.context.storageState());
          await joined.context.close();
          return member;
        },
      };
      return created;
    };
  })
  .extend("org", async ({ newOrg }): Promise<Org> => newOrg());
