import { cardIn } from "./support/board";
import { snapshot } from "./support/browser";
import { expect, test } from "./support/fixtures";
import { createRecord, expectNotFound } from "./support/records";

// Who sees what: a rep sees their own deals and those shared with them; another organization's
// member sees nothing of this one, not even by its URLs.

const DEAL = "Initech TPS rollout";

test("a rep does not see the admin's deal: not in the list, not on the board, 404 by its URL", async ({
  org,
}) => {
  const rep = await org.addMember("rep", "Rex Rep");
  const deal = await createRecord(org.api, "/deals", { title: DEAL, value: 4800000 });
  await createRecord(await org.apiAs(rep), "/deals", { title: "Rex's deal", value: 120000 });
  const { page } = await org.pageAs(rep);
  await page.goto(`${org.path}/deals`);
  await expect(page.getByRole("main").getByRole("link", { name: "Rex's deal" })).toBeVisible();
  await expect(page.getByText(DEAL)).toHaveCount(0);
  await page.goto(`${org.path}/deals/board`);
  await expect(cardIn(page, "Lead in", "Rex's deal")).toBeVisible();
  await expect(page.getByText(DEAL)).toHaveCount(0);
  await snapshot(page, "board-rep-1280");
  await expectNotFound(page, `${org.path}/deals/${deal}`, [DEAL]);
});

// Regression: this journey used to skip itself when the share panel was missing, so it could not fail.
test("the admin shares the deal with the rep, who then sees and opens it", async ({ org }) => {
  const rep = await org.addMember("rep", "Rex Rep");
  const deal = await createRecord(org.api, "/deals", { title: DEAL, value: 4800000 });
  const admin = await org.pageAs();
  await admin.page.goto(`${org.path}/deals/${deal}`);
  await expect(admin.page.getByRole("heading", { name: DEAL, level: 1 })).toBeVisible();
  await admin.page.getByRole("combobox", { name: "Share with" }).click();
  await admin.page.getByRole("option", { name: rep.name }).click();
  await admin.page.getByRole("button", { name: "Share", exact: true }).click();
  await expect(admin.page.getByText(`Shared with ${rep.name}`).first()).toBeVisible();

  const { page } = await org.pageAs(rep);
  await page.goto(`${org.path}/deals`);
  await page.getByRole("main").getByRole("link", { name: DEAL }).click();
  await expect(page.getByRole("heading", { name: DEAL, level: 1 })).toBeVisible();
});

test("a member of org B opening org A's URLs gets 404", async ({ org, newOrg }) => {
  const company = await createRecord(org.api, "/companies", { name: "Initech" });
  const contact = await createRecord(org.api, "/contacts", {
    firstName: "Peter",
    lastName: "Gibbons",
    companyId: company,
  });
  const records = [
    `contacts/${contact}`,
    `companies/${company}`,
    `leads/${await createRecord(org.api, "/leads", { name: "Samir Nagheenanajar", companyName: "Initech" })}`,
    `deals/${await createRecord(org.api, "/deals", { title: DEAL, companyId: company, value: 4800000 })}`,
    `tasks/${await createRecord(org.api, "/tasks", { title: "Send the TPS cover sheet", contactId: contact })}`,
  ];

  const globex = await newOrg({ name: "Globex", adminName: "Olga Other" });
  const { page } = await globex.pageAs();
  for (const path of [
    org.path,
    `${org.path}/settings/members`,
    `${org.path}/settings/api-keys`,
    // Org A's records, by their URLs in org A and with org A's ids under org B's own URL.
    ...records.map((record) => `${org.path}/${record}`),
    ...records.map((record) => `${globex.path}/${record}`),
  ]) {
    await expectNotFound(page, path, [org.name, "Initech"]);
  }
  const me = await page.request.get("/api/v1/me");
  expect(((await me.json()) as { data: { org: { slug: string } } }).data.org.slug).toBe(globex.slug);
});
