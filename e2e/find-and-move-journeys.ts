import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { expect, it } from "vitest";
import { type Person, signedIn } from "./support/accounts";
import type { useBrowser } from "./support/browser";
import { snapshot } from "./support/browser";

// A HubSpot contacts export: its column names, 20 rows, one bad email (row 7: header is row 1) and one
// contact who already exists (Peter Gibbons, created in the CRM journeys).
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

/** Opens the search palette with Ctrl+K (retrying until the page has hydrated and listens). */
async function openPalette(page: Page): Promise<Locator> {
  const dialog = page.getByRole("dialog", { name: "Search" });
  for (let attempt = 0; attempt < 20 && !(await dialog.isVisible()); attempt++) {
    await page.keyboard.press("Control+k");
    await dialog.waitFor({ timeout: 1_000 }).catch(() => undefined);
  }
  await dialog.waitFor();
  return dialog;
}

/**
 * Finding and moving data, clicked through by the admin of org A after the CRM journeys: the Ctrl+K
 * search, a HubSpot export imported through the mapping screen and rolled back, a list exported to CSV,
 * and a duplicate merged and the merge undone.
 */
export function findAndMoveJourneys(
  browser: ReturnType<typeof useBrowser>,
  admin: Person,
  slug: () => string,
) {
  it("Ctrl+K finds a contact by a misspelt name, opens it with the keyboard and lists it as recent", async () => {
    const { context, page } = await signedIn(browser, admin);
    const dialog = await openPalette(page);
    const input = dialog.getByRole("combobox", { name: "Search records" });
    await input.fill("petre gibbons");
    const hit = dialog
      .getByRole("group", { name: "Contacts" })
      .getByRole("option", { name: /Peter Gibbons/ });
    await hit.waitFor();
    await expect(hit.locator("mark").count()).resolves.toBeGreaterThan(0);
    await snapshot(page, "search-palette-1280");
    // Walk down the results with the arrow keys to the contact, then open it with Enter.
    for (let step = 0; step < 10 && (await hit.getAttribute("aria-selected")) !== "true"; step++) {
      await page.keyboard.press("ArrowDown");
    }
    await expect(hit.getAttribute("aria-selected")).resolves.toBe("true");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/contacts\/[0-9a-f-]{36}$/);
    await page.getByRole("heading", { name: "Peter Gibbons", level: 1 }).waitFor();
    await dialog.waitFor({ state: "hidden" });

    // An empty box lists the recently viewed records.
    await openPalette(page);
    await expect(input.inputValue()).resolves.toBe("");
    await dialog
      .getByRole("group", { name: "Recently viewed" })
      .getByRole("option", { name: /Peter Gibbons/ })
      .waitFor();
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    await context.close();
  });

  it("a HubSpot export imports through the UI with the proposed mapping, then is rolled back", async () => {
    const { context, page } = await signedIn(browser, admin);
    const o = `/o/${slug()}`;
    await page.getByRole("link", { name: "Import", exact: true }).first().click();
    await page.waitForURL(new RegExp(`${o}/import$`));
    const form = page.getByTestId("import-upload-form");
    await form.getByTestId("import-object").click();
    await page.getByRole("option", { name: "Contacts" }).click();
    await form.getByTestId("import-file-input").setInputFiles(hubspotExport());
    await expect(form.getByTestId("import-file-name").textContent()).resolves.toBe(
      "hubspot-contacts-export.csv",
    );
    await form.getByTestId("import-upload-submit").click();
    await page.waitForURL(new RegExp(`${o}/import/[0-9a-f-]{36}$`));

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
      await expect(mapped(column).textContent(), column).resolves.toBe(field);
    }
    // The preview is headed by the CRM field each column fills, the file's column under it (issue 12.13).
    const previewColumn = page.locator('[data-testid="import-preview-column"][data-field="title"]');
    await expect(previewColumn.textContent()).resolves.toBe("Job titlefrom “Job Title”");
    // The preview flags the bad email on its row and the existing contact as a duplicate.
    const badRow = page.locator(`[data-testid="import-preview-row"][data-row="${BAD_ROW}"]`);
    await badRow.getByTestId("import-preview-error").waitFor();
    await expect(badRow.textContent()).resolves.toContain("not-an-email");
    await page.getByTestId("import-preview-duplicate").first().waitFor();
    await page.getByTestId("import-policy-skip").check();
    await page.getByTestId("import-start").click();

    // The live progress bar (unless 20 rows are done before the first poll) gives way to the summary.
    const completed = page.locator('[data-testid="import-status"][data-status="completed"]');
    await page.getByRole("progressbar", { name: "Import progress" }).or(completed).first().waitFor();
    await completed.waitFor({ timeout: 45_000 });
    await expect(page.getByTestId("import-progress").count()).resolves.toBe(0);
    const count = (key: string) => page.getByTestId(`import-count-${key}`).textContent();
    await expect(count("imported")).resolves.toBe(String(PEOPLE.length - 2));
    await expect(count("skipped")).resolves.toBe("1");
    await expect(count("errored")).resolves.toBe("1");
    const errorRow = page.getByTestId("import-error-row");
    await expect(errorRow.getAttribute("data-row")).resolves.toBe(String(BAD_ROW));
    await expect(errorRow.textContent()).resolves.toMatch(/email/i);
    await snapshot(page, "import-summary-1280");
    const importUrl = page.url();

    await page.goto(`${o}/contacts`);
    await page
      .getByRole("main")
      .getByRole("link", { name: /Milton Waddams/ })
      .first()
      .waitFor();

    // Roll back after confirming: the imported contacts are gone, the existing one stays.
    await page.goto(importUrl);
    await page.getByTestId("import-rollback").click();
    const confirm = page.getByRole("alertdialog", { name: "Roll back this import?" });
    await confirm.getByRole("button", { name: "Roll back" }).click();
    await page.locator('[data-testid="import-status"][data-status="rolled_back"]').waitFor();
    await page.goto(`${o}/contacts`);
    await page
      .getByRole("main")
      .getByRole("link", { name: /Peter Gibbons/ })
      .first()
      .waitFor();
    await expect(page.getByRole("main").getByText("Milton Waddams").count()).resolves.toBe(0);
    await context.close();
  });

  it("the contacts list exports to CSV from its Export menu", async () => {
    const { context, page } = await signedIn(browser, admin);
    await page.goto(`/o/${slug()}/contacts`);
    await page.getByTestId("export-menu").click();
    const download = page.waitForEvent("download");
    await page.getByTestId("export-csv-visible").click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^contacts-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await file.path(), "utf8").replace(/^\uFEFF/, "");
    const [header = "", ...rows] = csv.trim().split(/\r?\n/);
    // The list's visible columns, in order, and the contact from the CRM journeys with its company.
    expect(header).toBe("ID,First name,Last name,Email,Company,Lead status,Lead score,Owner,Updated at");
    expect(rows.find((row) => row.includes(",Peter,Gibbons,peter@initech.test,Initech,"))).toBeDefined();
    await context.close();
  });

  it("two contacts with one email show as duplicates; merged, then the merge is undone", async () => {
    const { context, page } = await signedIn(browser, admin);
    const o = `/o/${slug()}`;
    for (const firstName of ["Bill", "William"]) {
      const created = await page.request.post("/api/v1/contacts", {
        data: { firstName, lastName: "Lumbergh", email: "bill@initech.test" },
      });
      expect(created.status()).toBe(201);
    }
    await page.goto(`${o}/duplicates`);
    const pair = page.getByTestId("duplicate-pair").filter({ hasText: "William Lumbergh" }).filter({
      hasText: "Bill Lumbergh",
    });
    await pair.getByTestId("review-pair").click();
    await page.getByTestId("merge-form").waitFor();
    await page.getByTestId("merge-submit").click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Merge" }).click();
    await page.waitForURL(/\/contacts\/[0-9a-f-]{36}$/);
    const notice = page.getByTestId("merge-notice");
    await notice.waitFor();
    await notice.getByTestId("undo-merge").click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Undo merge" }).click();
    await notice.waitFor({ state: "detached" });
    await page.goto(`${o}/contacts`);
    const main = page.getByRole("main");
    await main
      .getByRole("link", { name: /William Lumbergh/ })
      .first()
      .waitFor();
    await main
      .getByRole("link", { name: /Bill Lumbergh/ })
      .first()
      .waitFor();
    await context.close();
  });
}
