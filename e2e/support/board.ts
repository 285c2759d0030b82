import type { Locator, Page } from "playwright-core";

/** A stage column on the pipeline board (a region named by its heading). */
export const column = (page: Page, stage: string): Locator =>
  page.getByRole("region", { name: stage, exact: true });

/** A deal's card inside a stage column. */
export const cardIn = (page: Page, stage: string, title: string): Locator =>
  column(page, stage).getByRole("listitem").filter({ hasText: title });

/** Resolves when the next server action (a POST with a Next-Action header) has answered. */
export function serverAction(page: Page): Promise<unknown> {
  return page.waitForResponse(
    (response) =>
      response.request().method() === "POST" && Boolean(response.request().headers()["next-action"]),
  );
}

/**
 * Scrolls the board so both columns are in view and away from the edges, where dnd-kit would
 * start scrolling the board by itself while the pointer rests there.
 */
async function centerColumns(page: Page, from: string, to: string) {
  await column(page, to).scrollIntoViewIfNeeded();
  await page.evaluate(
    ([a, b]) => {
      const find = (name: string) =>
        Array.from(document.querySelectorAll<HTMLElement>("section[aria-labelledby]")).find(
          (section) => section.querySelector("h2")?.textContent === name,
        );
      const first = find(a as string);
      const second = find(b as string);
      const scroller = second?.parentElement;
      if (!first || !second || !scroller) throw new Error(`columns ${a} and ${b} not found`);
      const left = Math.min(first.offsetLeft, second.offsetLeft);
      const right = Math.max(first.offsetLeft + first.offsetWidth, second.offsetLeft + second.offsetWidth);
      scroller.scrollLeft = (left + right) / 2 - scroller.clientWidth / 2;
    },
    [from, to],
  );
}

/**
 * Drags a deal by the body of its card (not the grip) with the mouse, as a person would: press on
 * its title, move in small steps past the sensor's activation distance, over the target column,
 * release. Resolves once the move is saved; the release neither opened the deal nor left text selected.
 */
export async function dragDeal(page: Page, title: string, from: string, to: string) {
  await centerColumns(page, from, to);
  const board = page.url();
  const start = await cardIn(page, from, title).getByRole("link", { name: title }).boundingBox();
  const target = await column(page, to).boundingBox();
  if (!start || !target) throw new Error(`no box for ${title} or ${to}`);
  const x0 = start.x + Math.min(start.width / 2, 40);
  const y0 = start.y + start.height / 2;
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  await page.mouse.move(x0 + 12, y0 + 4, { steps: 4 });
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 15 });
  // The card shows in the new column while it is still held (optimistic preview).
  await cardIn(page, to, title).waitFor();
  const saved = serverAction(page);
  await page.mouse.up();
  await saved;
  if (page.url() !== board) throw new Error(`dropping ${title} opened ${page.url()}`);
  const selected = await page.evaluate(() => window.getSelection()?.toString() ?? "");
  if (selected !== "") throw new Error(`dragging ${title} selected text: ${selected}`);
}

/** Moves a deal one column to the right with the keyboard: focus its handle, Space, →, Space. */
export async function keyboardMoveRight(page: Page, title: string, from: string, to: string) {
  await centerColumns(page, from, to);
  const handle = cardIn(page, from, title).getByRole("button", { name: `Move ${title}` });
  await handle.focus();
  await page.keyboard.press("Space");
  // dnd-kit announces the pick-up (at once replaced by "… is over <stage>") once it is dragging.
  await page
    .getByRole("status")
    .filter({ hasText: `${title} is over ${from}.` })
    .or(page.getByRole("status").filter({ hasText: `Picked up ${title}.` }))
    .waitFor({ state: "attached" });
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  await page.keyboard.press("ArrowRight");
  await cardIn(page, to, title).waitFor();
  const saved = serverAction(page);
  await page.keyboard.press("Space");
  await saved;
}
