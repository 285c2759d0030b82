import { mkdirSync } from "node:fs";
import path from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";

export const baseURL = (): string => inject("baseURL");

const ARTIFACTS = path.resolve(import.meta.dirname, "../.artifacts");

/** One system Chromium per test file, headless, with network noise switched off. */
export function useBrowser() {
  const state = {} as { browser: Browser };
  beforeAll(async () => {
    state.browser = await chromium.launch({
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
  });
  afterAll(async () => {
    await state.browser?.close();
  });
  return {
    /** A fresh context (its own cookies) at desktop or phone width. */
    async newPage(
      options: { width?: number; locale?: string } = {},
    ): Promise<{ context: BrowserContext; page: Page }> {
      const width = options.width ?? 1280;
      const context = await state.browser.newContext({
        baseURL: baseURL(),
        viewport: { width, height: width < 600 ? 812 : 800 },
        locale: options.locale ?? "en-US",
        // `page.request` calls /api/v1 with the session cookie, which must name its origin as a
        // browser's fetch does (CSRF check, issue 13.4); Playwright's request context sends none.
        extraHTTPHeaders: { origin: baseURL() },
      });
      const page = await context.newPage();
      // Generous: the journeys share two cores with builds and other test runs.
      page.setDefaultTimeout(25_000);
      return { context, page };
    },
  };
}

/** Saves a screenshot under e2e/.artifacts for a person to look at. */
export async function snapshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  // Let open/close animations finish so the picture shows the settled page.
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))),
  );
  // From the top: a full-page picture of a scrolled page repeats the sticky header and sidebar mid-page.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}
