import { snapshot } from "./support/browser";
import { expect, test } from "./support/fixtures";

// The app shell: language, theme and phone navigation, the favicon and the sidebar.

test("the shell works in German, at phone width and in dark mode", async ({ org }) => {
  const { page } = await org.pageAs(org.admin, { width: 375 });
  await page.goto(org.path);
  await page.getByRole("button", { name: "Language" }).click();
  await page.getByRole("menuitemradio", { name: "Deutsch" }).click();
  await expect(page.getByRole("heading", { name: `Willkommen, ${org.admin.name}` })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await page.getByRole("button", { name: "Navigation öffnen" }).click();
  await expect(page.getByRole("link", { name: "Mitglieder" })).toBeVisible();
  await snapshot(page, "nav-375-de");
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "Design" }).click();
  await page.getByRole("menuitemradio", { name: "Dunkel" }).click();
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  await snapshot(page, "home-375-de-dark");
  // The choice is saved for the user: back to English, and it stays English after a reload.
  await page.getByRole("button", { name: "Sprache" }).click();
  await page.getByRole("menuitemradio", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: `Welcome, ${org.admin.name}` })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { name: `Welcome, ${org.admin.name}` })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("every page has a favicon; the sidebar's last items stay on its background", async ({ org, open }) => {
  const { page } = await open();
  await page.goto("/sign-in");
  const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(href).toBeTruthy();
  const icon = await page.request.get(href ?? "/favicon.ico");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");

  // A short window: the sidebar's items are taller than it and scroll inside it.
  const { page: short } = await org.pageAs();
  await short.setViewportSize({ width: 1280, height: 520 });
  await short.goto(`${org.path}/deals`);
  const sidebar = short.locator("aside");
  const last = sidebar.getByRole("link").last();
  await last.scrollIntoViewIfNeeded();
  // Scroll the page itself too (over the main column): the items must not hang below the sidebar.
  await short.mouse.move(800, 400);
  await short.mouse.wheel(0, 2000);
  await expect
    .poll(async () => {
      const [aside, item] = [await sidebar.boundingBox(), await last.boundingBox()];
      return aside && item ? aside.y + aside.height - (item.y + item.height) : -1;
    }, "room below the sidebar's last item")
    .toBeGreaterThanOrEqual(0);
});
