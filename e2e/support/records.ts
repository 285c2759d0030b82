import type { APIRequestContext, Locator, Page } from "playwright-core";
import { expect } from "./fixtures";

/** Creates a record through /api/v1 as the session or key `api` carries; its id. */
export async function createRecord(
  api: APIRequestContext,
  path: string,
  data: Record<string, unknown>,
): Promise<string> {
  const response = await api.post(`/api/v1${path}`, { data });
  expect(response.status(), `POST ${path}: ${await response.text()}`).toBe(201);
  return ((await response.json()) as { data: { id: string } }).data.id;
}

/** Moves a deal to the default pipeline's stage of that name through the API. */
export async function moveDealTo(api: APIRequestContext, dealId: string, stage: string): Promise<void> {
  const pipelines = (await (await api.get("/api/v1/pipelines")).json()) as {
    data: { stages: { id: string; name: string }[] }[];
  };
  const stageId = pipelines.data[0]?.stages.find((s) => s.name === stage)?.id;
  if (!stageId) throw new Error(`the default pipeline has no stage ${stage}`);
  const moved = await api.put(`/api/v1/deals/${dealId}/stage`, { data: { stageId } });
  expect(moved.status(), `moving ${dealId} to ${stage}`).toBe(200);
}

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
  await expect(dialog).toBeHidden();
}

/** Follows the link to a record and returns its id from the detail page's URL. */
export async function openRecord(page: Page, name: string | RegExp): Promise<string> {
  await page.getByRole("main").getByRole("link", { name }).first().click();
  await page.waitForURL(/\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname.split("/").pop() ?? "";
}

/** The 404 page: its status and its heading, and none of the hidden record's text. */
export async function expectNotFound(page: Page, path: string, hidden: string[]): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  for (const text of hidden) await expect(page.getByText(text), `${path} shows ${text}`).toHaveCount(0);
}
