import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { snapshot } from "./support/browser";
import { expect, test } from "./support/fixtures";
import { createRecord } from "./support/records";

// Moving data in and out: a HubSpot export imported through the mapping screen and rolled back, and
// a list exported to CSV.

// A HubSpot contacts export: its column names, 20 rows, one bad email (row 7: header is row 1) and one
// contact who already exists (Peter Gibbons, made before the import).
const HEADERS = [
  "First Name",
  "Last Name",
  "Email",
  "Phone Number",
  "Company Name",
  "Job Title",
  "Lifecycle Stage",
];
const PEOPLE = [
  ["Milton", "Waddams", "milton@initech.test"],
  ["Bill", "Lumbergh", "bill.l@initech.test"],
  ["Michael", "Bolton", "michael@initech.test"],
  ["Joanna", "Smith", "joanna@chotchkies.test"],
  ["Tom", "Smykowski", "tom@initech.test"],
  ["Bob", "Slydell", "not-an-email"],
  ["Bob", "Porter", "bob.porter@consult.test"],
  ["Nina", "Meyer", "nina@initech.test"],
  ["Drew", "Baker", "drew@initech.test"],
  ["Lawrence", "Miller", "lawrence@construction.test"],
  ["Anne", "Jacobs", "anne@initech.test"],
  ["Brian", "Stanley", "brian@chotchkies.test"],
  ["Stan", "Lee", "stan@chotchkies.test"],
  ["Dom", "Portwood", "dom@initech.test"],
  ["Peter", "Gibbons", "peter@initech.test"],
  ["Ling", "Chen", "ling@initech.test"],
  ["Omar", "Haddad", "omar@initech.test"],
  ["Sofia", "Rossi", "sofia@initech.test"],
  ["Kenji", "Sato", "kenji@initech.test"],
  ["Eva", "Novak", "eva@initech.test"],
];
const BAD_ROW = 7;
const csvCell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

function hubspotExport(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "crm-import-"));
  const file = path.join(dir, "hubspot-contacts-export.csv");
  const rows = PEOPLE.map(([first = "", last = "", email = ""], i) =>
    [first, last, email, `+1 555 01${String(i).padStart(2, "0")}`, "Initech", "Engineer", "customer"]
      .map(csvCell)
      .join(","),
  );
  writeFileSync(file, `${[HEADERS.map((h) => `"${h}"`).join(","), ...rows].join("\r\n")}\r\n`);
  return file;
}

test("a HubSpot export imports through the UI with the proposed mapping, then is rolled back", async ({
  org,
}) => {
  await createRecord(org.api, "/contacts", {
    firstName: "Peter",
    lastName: "Gibbons",
    email: "peter@initech.test",
  });
  const { page } = await org.pageAs();
  await page.goto(org.path);
  await page.getByRole("link", { name: "Import", exact: true }).first().click();
  await page.waitForURL(new RegExp(`${org.path}/import$`));
  const form = page.getByTestId("import-upload-form");
  await form.getByTestId("import-object").click();
  await page.getByRole("option", { name: "Contacts" }).click();
  await form.getByTestId("import-file-input").setInputFiles(hubspotExport());
  await expect(form.getByTestId("import-file-name")).toHaveText("hubspot-contacts-export.csv");
  await form.getByTestId("import-upload-submit").click();
  await page.waitForURL(new RegExp(`${org.path}/import/[0-9a-f-]{36}$`));

  // The proposed mapping is right for every standard column, with nothing changed by hand.
  const mapped = (column: string) =>
    page
      .locator(`[data-testid="import-mapping-row"][data-column="${column}"]`)
      .getByTestId("import-mapping-select");
  for (const [column, field] of [
    ["First Name", "First name"],
    ["Last Name", "Last name"],
    ["Email", "Email"],
    ["Phone Number", "Phone"],
    ["Company Name", "Company (found or created by name)"],
    ["Job Title", "Job title"],
  ] as const) {
    await expect(mapped(column), column).toHaveText(field);
  }
  // The preview is headed by the CRM field each column fills, the file's column under it (issue 12.13).
  await expect(page.locator('[data-testid="import-preview-column"][data-field="title"]')).toHaveText(
    "Job titlefrom “Job Title”",
  );
  // The preview flags the bad email on its row and the existing contact as a duplicate.
  const badRow = page.locator(`[data-testid="import-preview-row"][data-row="${BAD_ROW}"]`);
  await expect(badRow.getByTestId("import-preview-error")).toBeVisible();
  await expect(badRow).toContainText("not-an-email");
  await expect(page.getByTestId("import-preview-duplicate").first()).toBeVisible();
  await page.getByTestId("import-policy-skip").check();
  await page.getByTestId("import-start").click();

  // The live progress bar (unless 20 rows are done before the first poll) gives way to the summary.
  const completed = page.locator('[data-testid="import-status"][data-status="completed"]');
  await expect(
    page.getByRole("progressbar", { name: "Import progress" }).or(completed).first(),
  ).toBeVisible();
  await expect(completed).toBeVisible({ timeout: 45_000 });
  await expect(page.getByTestId("import-progress")).toHaveCount(0);
  const count = (key: string) => page.getByTestId(`import-count-${key}`);
  await expect(count("imported")).toHaveText(String(PEOPLE.length - 2));
  await expect(count("skipped")).toHaveText("1");
  await expect(count("errored")).toHaveText("1");
  const errorRow = page.getByTestId("import-error-row");
  await expect(errorRow).toHaveAttribute("data-row", String(BAD_ROW));
  await expect(errorRow).toContainText(/email/i);
  await snapshot(page, "import-summary-1280");
  const importUrl = page.url();

  await page.goto(`${org.path}/contacts`);
  await expect(
    page
      .getByRole("main")
      .getByRole("link", { name: /Milton Waddams/ })
      .first(),
  ).toBeVisible();

  // Roll back after confirming: the imported contacts are gone, the existing one stays.
  await page.goto(importUrl);
  await page.getByTestId("import-rollback").click();
  const confirm = page.getByRole("alertdialog", { name: "Roll back this import?" });
  await confirm.getByRole("button", { name: "Roll back" }).click();
  await expect(page.locator('[data-testid="import-status"][data-status="rolled_back"]')).toBeVisible();
  await page.goto(`${org.path}/contacts`);
  await expect(
    page
      .getByRole("main")
      .getByRole("link", { name: /Peter Gibbons/ })
      .first(),
  ).toBeVisible();
  await expect(page.getByRole("main").getByText("Milton Waddams")).toHaveCount(0);
});

test("the contacts list exports to CSV from its Export menu", async ({ org }) => {
  const company = await createRecord(org.api, "/companies", { name: "Initech" });
  await createRecord(org.api, "/contacts", {
    firstName: "Peter",
    lastName: "Gibbons",
    email: "peter@initech.test",
    companyId: company,
  });
  const { page } = await org.pageAs();
  await page.goto(`${org.path}/contacts`);
  await page.getByTestId("export-menu").click();
  const download = page.waitForEvent("download");
  await page.getByTestId("export-csv-visible").click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^contacts-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync(await file.path(), "utf8").replace(/^\uFEFF/, "");
  const [header = "", ...rows] = csv.trim().split(/\r?\n/);
  // The list's visible columns, in order, and the contact with its company.
  expect(header).toBe("ID,First name,Last name,Email,Company,Lead status,Lead score,Owner,Updated at");
  expect(rows.find((row) => row.includes(",Peter,Gibbons,peter@initech.test,Initech,"))).toBeDefined();
});
