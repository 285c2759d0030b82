import { snapshot } from "./support/browser";
import { expect, test } from "./support/fixtures";
import { createRecord } from "./support/records";

// Duplicates: a pair found, merged and the merge undone; the merge page's labels.

test("two contacts with one email show as duplicates; merged, then the merge is undone", async ({ org }) => {
  for (const firstName of ["Bill", "William"]) {
    await createRecord(org.api, "/contacts", { firstName, lastName: "Lumbergh", email: "bill@initech.test" });
  }
  const { page } = await org.pageAs();
  await page.goto(`${org.path}/duplicates`);
  const pair = page
    .getByTestId("duplicate-pair")
    .filter({ hasText: "William Lumbergh" })
    .filter({ hasText: "Bill Lumbergh" });
  await pair.getByTestId("review-pair").click();
  await expect(page.getByTestId("merge-form")).toBeVisible();
  await page.getByTestId("merge-submit").click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Merge" }).click();
  await page.waitForURL(/\/contacts\/[0-9a-f-]{36}$/);
  const notice = page.getByTestId("merge-notice");
  await notice.getByTestId("undo-merge").click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Undo merge" }).click();
  await expect(notice).toHaveCount(0);
  await page.goto(`${org.path}/contacts`);
  const main = page.getByRole("main");
  await expect(main.getByRole("link", { name: /William Lumbergh/ }).first()).toBeVisible();
  await expect(main.getByRole("link", { name: /Bill Lumbergh/ }).first()).toBeVisible();
});

test("the merge page shows list values by their labels, not as stored", async ({ org }) => {
  const made: string[] = [];
  for (const firstName of ["Milton", "Milt"]) {
    made.push(
      await createRecord(org.api, "/contacts", {
        firstName,
        lastName: "Waddams",
        email: "milton@initech.test",
        leadStatus: "unqualified",
        source: "webinar",
      }),
    );
  }
  const { page } = await org.pageAs();
  await page.goto(`${org.path}/duplicates/merge?object=contacts&ids=${made.join(",")}`);
  await expect(
    page.getByRole("radio", { name: "Use Unqualified for Lead status", exact: true }).first(),
  ).toBeVisible();
  await expect(
    page.getByRole("radio", { name: "Use Webinar for Source", exact: true }).first(),
  ).toBeVisible();
  await expect(page.getByText("unqualified", { exact: true })).toHaveCount(0);
  await snapshot(page, "merge-labels-1280");
});
