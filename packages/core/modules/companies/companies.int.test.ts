import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { withOrg } from "../../db/tenant";
import { AppError } from "../../platform/errors";
import { runOperation } from "../../platform/operations/run-operation";
import { addTestMember, createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { activities } from "../activities/tables";
import { listAudit } from "../audit/list-audit";
import { shareRecord } from "../records/share-record";
import { createCompany } from "./create-company";
import { deleteCompany } from "./delete-company";
import { getCompanyOrThrow } from "./get-company";
import { listCompanies } from "./list-companies";
import { companyOperations as op } from "./operations";
import { updateCompany } from "./update-company";

useTestDatabase();

const codeOf = (error: unknown) => (error as { code?: string }).code;
// The operations parse the input (the services take it parsed): a 422 names the invalid fields.
const invalidFields = (error: unknown) =>
  error instanceof AppError && error.code === "unprocessable"
    ? Object.keys(error.fieldErrors ?? {})
    : `not a 422: ${String(error)}`;

describe("companies: fields", () => {
  it("stores the domain as a bare lowercase host and derives it from the website", async () => {
    const org = await createTestOrg("Domain");
    const acme = await runOperation(op.create, org.ctx, {
      name: " Acme ",
      domain: "https://www.Acme.COM/about?x=1",
    });
    expect(await getCompanyOrThrow(org.ctx, acme.id)).toMatchObject({ name: "Acme", domain: "acme.com" });

    const globex = await runOperation(op.create, org.ctx, { name: "Globex", website: "globex.de/en" });
    expect(await getCompanyOrThrow(org.ctx, globex.id)).toMatchObject({
      website: "https://globex.de/en",
      domain: "globex.de",
    });

    const patched = await runOperation(op.update, org.ctx, {
      id: acme.id,
      patch: { domain: "WWW.acme.io:8080" },
    });
    expect(patched.domain).toBe("acme.io");
    expect(
      (await runOperation(op.update, org.ctx, { id: acme.id, patch: { domain: "" } })).domain,
    ).toBeNull();

    expect(
      invalidFields(
        await runOperation(op.create, org.ctx, { name: "X", domain: "not a domain" }).catch((e) => e),
      ),
    ).toEqual(["domain"]);
    expect(
      invalidFields(
        await runOperation(op.create, org.ctx, { name: "X", website: "ftp://x.com" }).catch((e) => e),
      ),
    ).toEqual(["website"]);
  });

  it("requires a currency with annual revenue, also when a PATCH sets only the revenue", async () => {
    const org = await createTestOrg("Revenue");
    const missing = await runOperation(op.create, org.ctx, { name: "R", annualRevenue: 100_000_00 }).catch(
      (e) => e,
    );
    expect(invalidFields(missing)).toEqual(["annualRevenueCurrency"]);

    const plain = await createCompany(org.ctx, { name: "Plain", sizeBand: "11-50" });
    const patch = await updateCompany(org.ctx, plain.id, { annualRevenue: 5 }).catch((e) => e);
    expect(patch).toMatchObject({
      code: "unprocessable",
      fieldErrors: { annualRevenueCurrency: ["Required"] },
    });

    const rich = await runOperation(op.create, org.ctx, {
      name: "Rich",
      annualRevenue: 250_000_00,
      annualRevenueCurrency: "eur",
      address: { city: "Berlin", country: "DE" },
    });
    expect(rich).toMatchObject({
      annualRevenue: 250_000_00,
      annualRevenueCurrency: "EUR",
      address: { city: "Berlin" },
    });
    // The stored currency satisfies a PATCH of the revenue alone; clearing the revenue clears its currency.
    await expect(updateCompany(org.ctx, rich.id, { annualRevenue: 1 })).resolves.toMatchObject({
      annualRevenue: 1,
      annualRevenueCurrency: "EUR",
    });
    const cleared = await updateCompany(org.ctx, rich.id, { annualRevenue: null });
    expect(await getCompanyOrThrow(org.ctx, cleared.id)).toMatchObject({
      annualRevenue: null,
      annualRevenueCurrency: null,
    });
  });
});

describe("companies: permissions", () => {
  it("a rep sees own and shared companies only; readonly reads but cannot write", async () => {
    const org = await createTestOrg("Perm");
    const repA = await addTestMember(org.orgId, "rep");
    const repB = await addTestMember(org.orgId, "rep");
    const viewer = await addTestMember(org.orgId, "readonly");
    const own = await createCompany(repA.ctx, { name: "Own" });
    const other = await createCompany(repB.ctx, { name: "Other" });
    const shared = await createCompany(repB.ctx, { name: "Shared" });
    await shareRecord(repB.ctx, "companies", shared.id, repA.userId);

    const visible = await listCompanies(repA.ctx, { sort: "name" });
    expect(visible.data.map((c) => c.name)).toEqual(["Own", "Shared"]);
    await expect(getCompanyOrThrow(repA.ctx, other.id).catch(codeOf)).resolves.toBe("not_found");
    await expect(updateCompany(repA.ctx, other.id, { industry: "x" }).catch(codeOf)).resolves.toBe(
      "not_found",
    );
    await expect(deleteCompany(repA.ctx, other.id).catch(codeOf)).resolves.toBe("not_found");
    await expect(updateCompany(repA.ctx, shared.id, { industry: "Retail" })).resolves.toMatchObject({
      industry: "Retail",
    });
    await expect(updateCompany(repA.ctx, own.id, { ownerId: repB.userId }).catch(codeOf)).resolves.toBe(
      "forbidden",
    );

    await expect(createCompany(viewer.ctx, { name: "No" }).catch(codeOf)).resolves.toBe("forbidden");
    await expect(updateCompany(viewer.ctx, own.id, { industry: "x" }).catch(codeOf)).resolves.toBe(
      "forbidden",
    );
    await expect(deleteCompany(viewer.ctx, own.id).catch(codeOf)).resolves.toBe("forbidden");
    expect((await listCompanies(viewer.ctx, {})).data).toHaveLength(3);
  });

  it("an admin's owner change is audited and leaves a timeline entry on the company", async () => {
    const org = await createTestOrg("Owner");
    const rep = await addTestMember(org.orgId, "rep");
    const company = await createCompany(org.ctx, { name: "Handover" });
    await updateCompany(org.ctx, company.id, { ownerId: rep.userId });
    expect((await getCompanyOrThrow(rep.ctx, company.id)).ownerId).toBe(rep.userId);

    const timeline = await withOrg(org.ctx, (tx) =>
      tx
        .select()
        .from(activities)
        .where(and(eq(activities.orgId, org.orgId), eq(activities.companyId, company.id))),
    );
    expect(timeline).toHaveLength(1);
    expect(timeline[0]).toMatchObject({
      type: "system",
      subject: "Owner changed",
      event: { kind: "owner_changed", from: org.userId, to: rep.userId },
    });
    const audit = await listAudit(org.ctx);
    expect(audit.filter((a) => a.entityId === company.id).map((a) => a.action)).toEqual([
      "company.update",
      "company.create",
    ]);
  });

  it("another org's company is invisible, even by id, and cannot be changed", async () => {
    const a = await createTestOrg("A");
    const b = await createTestOrg("B");
    const secret = await createCompany(a.ctx, { name: "Secret", domain: "secret.com" });
    await expect(getCompanyOrThrow(b.ctx, secret.id).catch(codeOf)).resolves.toBe("not_found");
    await expect(updateCompany(b.ctx, secret.id, { name: "Mine" }).catch(codeOf)).resolves.toBe("not_found");
    await expect(deleteCompany(b.ctx, secret.id).catch(codeOf)).resolves.toBe("not_found");
    await expect(listCompanies(b.ctx, { q: "secret" })).resolves.toEqual({
      data: [],
      nextCursor: null,
      total: 0,
      totalIsEstimate: false,
    });
    const foreignOwner = await createCompany(b.ctx, { name: "X", ownerId: a.userId }).catch((e) => e);
    expect(foreignOwner).toMatchObject({
      code: "unprocessable",
      fieldErrors: { ownerId: [expect.any(String)] },
    });
    expect((await getCompanyOrThrow(a.ctx, secret.id)).name).toBe("Secret");
  });

  it("deleted companies leave lists and appear in the trash", async () => {
    const org = await createTestOrg("Trash");
    const c = await createCompany(org.ctx, { name: "Gone" });
    await deleteCompany(org.ctx, c.id);
    await expect(getCompanyOrThrow(org.ctx, c.id).catch(codeOf)).resolves.toBe("not_found");
    expect((await listCompanies(org.ctx, {})).data).toEqual([]);
    expect((await listCompanies(org.ctx, { trash: true })).data.map((x) => x.id)).toEqual([c.id]);
  });
});

describe("companies: list", () => {
  it("sorts by revenue with unknown revenue as 0, pages, filters and searches", async () => {
    const org = await createTestOrg("List");
    for (let i = 0; i < 12; i++) {
      await createCompany(org.ctx, {
        name: `Company ${String(i).padStart(2, "0")}`,
        domain: `c${i}.example.com`,
        industry: i % 2 === 0 ? "Software" : "Retail",
        sizeBand: i < 4 ? "1-10" : "51-200",
        tags: i % 3 === 0 ? ["key"] : [],
        ...(i % 4 === 0 ? {} : { annualRevenue: i * 1000, annualRevenueCurrency: "USD" }),
      });
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listCompanies(org.ctx, { limit: 5, cursor, sort: "-annualRevenue" });
      seen.push(...page.data.map((c) => c.name));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(12);
    expect(new Set(seen).size).toBe(12);
    expect(seen.slice(0, 2)).toEqual(["Company 11", "Company 10"]);
    // Companies without revenue (0, 4, 8) sort as 0: last, in descending id order.
    expect(new Set(seen.slice(9))).toEqual(new Set(["Company 00", "Company 04", "Company 08"]));

    const filtered = await listCompanies(
      org.ctx,
      { sort: "name" },
      { industry: "software", sizeBand: "51-200", tag: "key" },
    );
    expect(filtered.data.map((c) => c.name)).toEqual(["Company 06"]);
    const byDomain = await listCompanies(org.ctx, {}, { domain: "C7.example.com" });
    expect(byDomain.data.map((c) => c.name)).toEqual(["Company 07"]);
    const search = await listCompanies(org.ctx, { q: "c11.example", sort: "name" });
    expect(search.data.map((c) => c.name)).toEqual(["Company 11"]);
    const bad = await listCompanies(org.ctx, {}, { sizeBand: "huge" }).catch((e: unknown) => e);
    expect(bad).toMatchObject({ code: "unprocessable", fieldErrors: { sizeBand: [expect.any(String)] } });
  });
});
