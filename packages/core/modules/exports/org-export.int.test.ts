import { parse } from "csv-parse/sync";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDatabaseHandle, getDb } from "../../db/client";
import { newId } from "../../platform/ids";
import { addTestMember, createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { createActivity } from "../activities/create-activity";
import { auditLog } from "../audit/tables";
import { createCompany } from "../companies/create-company";
import { createContact } from "../contacts/create-contact";
import { contacts } from "../contacts/tables";
import { createDeal } from "../deals/create-deal";
import { createExchangeRate } from "../exchange-rates/create-exchange-rate";
import { createTask } from "../tasks/create-task";
import { ORG_EXPORT_EXCLUDED, ORG_EXPORT_TABLES } from "./org-export-tables";
import { readZip } from "./read-zip.test-helper";
import { streamOrgExport } from "./stream-org-export";

useTestDatabase();

const codeOf = (error: unknown) => (error as { code?: string }).code;

type Manifest = {
  format: string;
  schemaVersion: number;
  organization: { id: string; name: string; slug: string };
  files: { name: string; rows: number; columns: string[] }[];
};

describe("organization export", () => {
  it("zips one CSV per table and a manifest whose counts match the files, only of this org", async () => {
    const org = await createTestOrg("Zip");
    const other = await createTestOrg("Other");
    await createContact(other.ctx, { firstName: "Elsewhere" });
    const rep = await addTestMember(org.orgId, "rep");
    const company = await createCompany(org.ctx, { name: "Acme" });
    const ada = await createContact(org.ctx, { firstName: "Ada", companyId: company.id, custom: {} });
    const deal = await createDeal(org.ctx, { title: "Deal", value: 100, contactIds: [ada.id] });
    await createActivity(org.ctx, { type: "note", body: "<p>Hi</p>", contactId: ada.id });
    await createTask(org.ctx, { title: "Call", dealId: deal.id });
    await createExchangeRate(org.ctx, { currency: "CHF", rate: 1.0832, validFrom: "2026-01-02" });
    // More rows than one batch, to cross a keyset boundary.
    const db = await getDb();
    await db
      .insert(contacts)
      .values(
        Array.from({ length: 1203 }, (_, i) => ({ id: newId(), orgId: org.orgId, firstName: `Bulk ${i}` })),
      );

    const download = await streamOrgExport(org.ctx);
    expect(download.filename).toMatch(/-export-\d{4}-\d{2}-\d{2}\.zip$/);
    // Audited before the first byte (issue 13, item 12), completed when the archive ends.
    const opened = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, org.orgId), eq(auditLog.action, "org.exported")));
    expect(opened.map((e) => e.after)).toMatchObject([{ format: "zip", completed: false }]);
    const files = await readZip(Buffer.from(await new Response(download.body).arrayBuffer()));
    const manifest = JSON.parse(files.get("manifest.json") ?? "{}") as Manifest;
    expect(manifest.organization.id).toBe(org.orgId);
    expect(manifest.schemaVersion).toBeGreaterThan(0);
    expect(manifest.files.map((f) => f.name).sort()).toEqual(
      ORG_EXPORT_TABLES.map((t) => `${t.file}.csv`).sort(),
    );
    expect([...files.keys()].sort()).toEqual([...manifest.files.map((f) => f.name), "manifest.json"].sort());

    for (const file of manifest.files) {
      const rows = parse((files.get(file.name) ?? "").replace(/^\uFEFF/, "")) as string[][];
      expect(rows[0], file.name).toEqual(file.columns);
      expect(rows.length - 1, file.name).toBe(file.rows);
    }
    const count = (name: string) => manifest.files.find((f) => f.name === name)?.rows;
    expect(count("contacts.csv")).toBe(1204);
    expect(count("companies.csv")).toBe(1);
    expect(count("deals.csv")).toBe(1);
    expect(count("deal_contacts.csv")).toBe(1);
    expect(count("members.csv")).toBe(2);
    expect(count("exchange_rates.csv")).toBe(1);
    expect(count("pipelines.csv")).toBeGreaterThan(0);
    expect(files.get("contacts.csv")).not.toContain("Elsewhere");
    expect(files.get("members.csv")).toContain(rep.email);

    const entries = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, org.orgId), eq(auditLog.action, "org.exported")));
    expect(entries.map((e) => e.after)).toMatchObject([{ format: "zip", completed: true }]);
  });

  it("is for admins only", async () => {
    const org = await createTestOrg("Perm");
    for (const role of ["manager", "rep", "readonly"] as const) {
      const member = await addTestMember(org.orgId, role);
      await expect(streamOrgExport(member.ctx).catch(codeOf)).resolves.toBe("forbidden");
    }
  });

  it("covers every tenant table: each is exported or excluded with a reason", async () => {
    const handle = await getDatabaseHandle();
    const { rows } = await handle.executeSql(
      `select distinct table_name as name from information_schema.columns
        where table_schema = 'public' and column_name in ('org_id', 'organization_id')`,
    );
    const covered = new Set([
      ...ORG_EXPORT_TABLES.map((t) => t.file),
      "members",
      ...Object.keys(ORG_EXPORT_EXCLUDED),
    ]);
    expect(rows.map((r) => String(r.name)).filter((name) => !covered.has(name))).toEqual([]);
  });
});
