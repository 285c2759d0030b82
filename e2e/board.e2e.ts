import type { Locator, Page } from "playwright-core";
import { cardIn, column, dragDeal, keyboardMoveRight } from "./support/board";
import { snapshot } from "./support/browser";
import { expect, test } from "./support/fixtures";
import { createRecord, moveDealTo } from "./support/records";

// The pipeline board: moving deals by mouse and keyboard, the phone layout, cards and sticky headers.

const DEAL = "Initech TPS rollout";
// The default pipeline's open stages and their win probabilities.
const STAGES = ["Lead in", "Qualified", "Proposal", "Negotiation"];
const PROBABILITY = [10, 25, 50, 75];

/** The box of an element, or a failure naming it. */
async function box(page: Page, locator: Locator, what: string) {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`${what} has no box on ${page.url()}`);
  return found;
}

test("the deal is dragged with the mouse across three stages on the board; each move survives a reload", async ({
  org,
}) => {
  const deal = await createRecord(org.api, "/deals", { title: DEAL, value: 4800000 });
  const { page } = await org.pageAs();
  await page.goto(`${org.path}/deals/board`);
  await expect(cardIn(page, "Lead in", DEAL)).toBeVisible();
  for (let i = 1; i < STAGES.length; i++) {
    const [from, to] = [STAGES[i - 1] ?? "", STAGES[i] ?? ""];
    await dragDeal(page, DEAL, from, to);
    await page.reload();
    await expect(cardIn(page, to, DEAL)).toBeVisible();
    await expect(cardIn(page, from, DEAL)).toHaveCount(0);
    await expect(cardIn(page, to, DEAL)).toContainText(`${PROBABILITY[i]} %`);
  }
  await column(page, "Negotiation").scrollIntoViewIfNeeded();
  await snapshot(page, "board-1280");

  // The deal's timeline lists each stage change.
  await page.goto(`${org.path}/deals/${deal}`);
  const timeline = page.getByRole("region", { name: "Timeline" });
  for (let i = 1; i < STAGES.length; i++) {
    await expect(timeline.getByText(`Stage changed from ${STAGES[i - 1]} to ${STAGES[i]}`)).toBeVisible();
  }
  await expect(page.getByRole("main").getByText("75 %").first()).toBeVisible();
  await snapshot(page, "deal-timeline-1280");
});

test("a card moves by keyboard too; the board fits a phone", async ({ org }) => {
  const key = await createRecord(org.api, "/deals", { title: "Key deal", value: 5000 });
  await moveDealTo(org.api, key, "Qualified");
  await createRecord(org.api, "/deals", { title: "Initrode pilot", value: 120000 });
  await moveDealTo(
    org.api,
    await createRecord(org.api, "/deals", { title: DEAL, value: 4800000 }),
    "Negotiation",
  );

  const { page } = await org.pageAs();
  await page.goto(`${org.path}/deals/board`);
  // From Qualified to Proposal: Space, →, Space.
  await keyboardMoveRight(page, "Key deal", "Qualified", "Proposal");
  await page.reload();
  await expect(cardIn(page, "Proposal", "Key deal")).toBeVisible();
  await expect(column(page, "Qualified").getByText("Key deal")).toHaveCount(0);

  const phone = await org.pageAs(org.admin, { width: 375 });
  await phone.page.goto(`${org.path}/deals/board`);
  await expect(cardIn(phone.page, "Lead in", "Initrode pilot")).toBeVisible();
  await snapshot(phone.page, "board-375");
  await column(phone.page, "Negotiation").scrollIntoViewIfNeeded();
  await expect(cardIn(phone.page, "Negotiation", DEAL)).toBeVisible();
  await snapshot(phone.page, "board-375-negotiation");
});

test("board: a click on a card's body opens the deal; stage headers stay in view while a stage scrolls", async ({
  org,
}) => {
  for (let i = 1; i <= 9; i++) await createRecord(org.api, "/deals", { title: `Sticky ${i}`, value: 100000 });
  const { page } = await org.pageAs();
  await page.goto(`${org.path}/deals/board`);
  const lead = column(page, "Lead in");
  await expect(cardIn(page, "Lead in", "Sticky 1")).toBeVisible();
  await expect(lead.getByRole("listitem")).toHaveCount(9);
  // Scroll to the stage's last card: its name and totals are still on screen, below the app header.
  await lead.getByRole("listitem").last().scrollIntoViewIfNeeded();
  const heading = await box(page, lead.getByRole("heading", { name: "Lead in" }), "the stage heading");
  expect(heading.y).toBeGreaterThanOrEqual(56);
  expect(heading.y + heading.height).toBeLessThanOrEqual(800);
  await snapshot(page, "board-scrolled-1280");

  // A click on the card (not its title link) opens the deal.
  await page.goto(`${org.path}/deals/board`);
  const card = cardIn(page, "Lead in", "Sticky 1");
  const size = await box(page, card, "the card");
  await card.click({ position: { x: size.width / 2, y: size.height - 10 } });
  await page.waitForURL(/\/deals\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: "Sticky 1", level: 1 })).toBeVisible();
});
