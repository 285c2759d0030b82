import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";

const ARTIFACTS = path.resolve(import.meta.dirname, "../.artifacts");

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
