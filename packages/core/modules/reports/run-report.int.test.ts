// Report numbers must be what a hand-written SQL aggregate over the same rows gives, for an admin
// and for a rep who sees only their own and shared records; another org's rows never count.
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { executeRows } from "../../db/execute-rows";
import type { Ctx } from "../../platform/context";
import { convertMinor } from "../../platform/money";
import { runOperation } from "../../platform/operations/run-operation";
import { addTestMember, createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { createContact } from "../contacts/create-contact";
import { createDeal } from "../deals/create-deal";
import { deleteDeal } from "../deals/delete-deal";
import { listPipelines } from "../deals/list-pipelines";
import { createExchangeRate } from "../exchange-rates/create-exchange-rate";
import { updateOrgSettings } from "../orgs/update-org-settings";
import { shareRecord } from "../records/share-record";
import { reportOperations } from "./operations";
import type { ReportRow } from "./schemas";

useTestDatabase();

const USD_TO_EUR = 0.9;
const run = (ctx: Ctx, definition: Record<string, unknown>) =>
  runOperation(reportOperations.run, ctx, definition);

type Fixture = {
  orgId: string;
  admin: Ctx;
  rep: Ctx;
  otherRep: Ctx;
  stageIds: string[];
  foreign: { ctx: Ctx; userId: string };
};
let f: Fixture;

beforeAll(async () => {
  const org = await createTestOrg("Reports");
  await updateOrgSettings(org.ctx, { name: "Reports", defaultCurrency: "EUR", timeZone: "Europe/Berlin" });
  await createExchangeRate(org.ctx, { currency: "USD", rate: USD_TO_EUR, validFrom: "2020-01-01" });
  const rep = await addTestMember(org.orgId, "rep");
  const otherRep = await addTestMember(org.orgId, "rep");
  const [pipeline] = await listPipelines(org.ctx);
  const stageIds = (pipeline?.stages ?? []).map((stage) => stage.id);
  const [first, second] = stageIds;
  if (!first || !second) throw new Error("the default pipeline has stages");

  await createDeal(rep.ctx, { title: "R1 EUR", value: 1_000_00, currency: "EUR", stageId: first });
  await createDeal(rep.ctx, { title: "R1 USD", value: 2_000_00, currency: "USD", stageId: second });
  // JPY has no rate: answered apart, never added in.
  await createDeal(rep.ctx, { title: "R1 JPY", value: 50_000, currency: "JPY", stageId: first });
  await createDeal(otherRep.ctx, { title: "R2 EUR", value: 3_000_00, currency: "EUR", stageId: second });
  const sharedDeal = await createDeal(otherRep.ctx, {
    title: "R2 shared",
    value: 4_000_00,
    currency: "USD",
    stageId: first,
  });
  await shareRecord(otherRep.ctx, "deals", sharedDeal.id, rep.userId);
  await createDeal(org.ctx, { title: "Admin's", value: 555_55, currency: "EUR", stageId: second });
  const trashed = await createDeal(rep.ctx, { title: "Trashed", value: 9_999_99, currency: "EUR" });
  await deleteDeal(rep.ctx, trashed.id);

  // Another org (currency USD) with a deal and a contact of its own.
  const foreignOrg = await createTestOrg("Elsewhere");
  await createDeal(foreignOrg.ctx, { title: "Theirs", value: 7_777_00, currency: "USD" });
  await createContact(foreignOrg.ctx, { firstName: "Their", lastName: "Contact" });

  f = {
    orgId: org.orgId,
    admin: org.ctx,
    rep: rep.ctx,
    otherRep: otherRep.ctx,
    stageIds,
    foreign: { ctx: foreignOrg.ctx, userId: foreignOrg.userId },
  };
});

/** What the rep may see, spelled out in SQL: own deals and those shared with them. */
const repSees = (ctx: Ctx) =>
  sql`(d.owner_id = ${ctx.userId} or exists (select 1 from record_shares s where s.org_id = d.org_id
    and s.object = 'deals' and s.record_id = d.id and s.user_id = ${ctx.userId}))`;

type SqlRow = { k: string | null; currency: string; total: string | number; n: string | number };

/** Per stage: the hand-written aggregate per currency, converted to EUR as the report must. */
async function expectedByStage(scope: ReturnType<typeof sql>) {
  const db = await getDb();
  const rows = await executeRows<SqlRow>(
    db,
    sql`select d.stage_id::text as k, d.currency, sum(d.value) as total, count(*) as n from deals d
      where d.org_id = ${f.orgId} and d.deleted_at is null and ${scope} group by 1, 2`,
  );
  const out = new Map<string, { count: number; sum: number; convertedCount: number; unconverted: number }>();
  for (const row of rows) {
    const key = row.k ?? "";
    const entry = out.get(key) ?? { count: 0, sum: 0, convertedCount: 0, unconverted: 0 };
    entry.count += Number(row.n);
    const rate = row.currency === "EUR" ? 1 : row.currency === "USD" ? USD_TO_EUR : undefined;
    if (rate === undefined) entry.unconverted += Number(row.total);
    else {
      entry.sum += convertMinor(Number(row.total), row.currency, "EUR", rate);
      entry.convertedCount += Number(row.n);
    }
    out.set(key, entry);
  }
  return out;
}

const byKey = (rows: ReportRow[], key: string) => new Map(rows.map((row) => [String(row[key]), row]));

describe("reports.run on deals", () => {
  for (const who of ["admin", "rep"] as const) {
    it(`counts, sums and averages by stage as the ${who} may see them, in the org currency`, async () => {
      const ctx = who === "admin" ? f.admin : f.rep;
      const expected = await expectedByStage(who === "admin" ? sql`true` : repSees(ctx));
      expect(expected.size).toBeGreaterThan(1);

      const counts = byKey(
        await run(ctx, { object: "deals", measure: { fn: "count" }, groupBy: ["stageId"] }),
        "stageId",
      );
      const sums = byKey(
        await run(ctx, { object: "deals", measure: { fn: "sum", field: "value" }, groupBy: ["stageId"] }),
        "stageId",
      );
      const avgs = byKey(
        await run(ctx, { object: "deals", measure: { fn: "avg", field: "value" }, groupBy: ["stageId"] }),
        "stageId",
      );
      expect([...counts.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [stageId, want] of expected) {
        expect(counts.get(stageId)?.value).toBe(want.count);
        expect(sums.get(stageId)?.value).toBe(want.sum);
        expect(avgs.get(stageId)?.value).toBe(Math.round(want.sum / want.convertedCount));
        const jpy = sums.get(stageId)?.unconverted ?? [];
        expect(jpy.reduce((s, u) => s + u.value, 0)).toBe(want.unconverted);
      }
    });
  }

  it("gives the rep exactly their own and shared deals (figures written out)", async () => {
    const rows = await run(f.rep, { object: "deals", measure: { fn: "sum", field: "value" } });
    // 1,000.00 EUR + (2,000.00 + 4,000.00 shared) USD at 0.9; the JPY deal apart.
    expect(rows).toEqual([
      { value: 1_000_00 + 5_400_00, unconverted: [{ currency: "JPY", value: 50_000, count: 1 }] },
    ]);
    const other = await run(f.otherRep, { object: "deals", measure: { fn: "count" } });
    expect(other).toEqual([{ value: 2 }]);
  });

  it("groups by owner and filters with the list's filters", async () => {
    const db = await getDb();
    const rows = await executeRows<{ k: string; n: string | number }>(
      db,
      sql`select owner_id::text as k, count(*) as n from deals d where d.org_id = ${f.orgId}
        and d.deleted_at is null and d.value >= 100000 group by 1`,
    );
    const report = await run(f.admin, {
      object: "deals",
      measure: { fn: "count" },
      groupBy: ["ownerId"],
      filters: { "value[gte]": 100000 },
    });
    expect(new Map(report.map((r) => [r.ownerId, r.value]))).toEqual(
      new Map(rows.map((r) => [r.k, Number(r.n)])),
    );
    const filtered = await run(f.admin, {
      object: "deals",
      groupBy: ["currency"],
      filters: { ownerId: f.rep.userId ?? "", currency: "usd" },
    });
    expect(filtered).toEqual([{ currency: "USD", value: 1 }]);
  });

  it("never counts another org's records, even when a filter names them", async () => {
    const all = await run(f.foreign.ctx, { object: "deals", measure: { fn: "sum", field: "value" } });
    expect(all).toEqual([{ value: 7_777_00 }]);
    const named = await run(f.admin, { object: "deals", filters: { ownerId: f.foreign.userId } });
    expect(named).toEqual([{ value: 0 }]);
    const contacts = await run(f.admin, { object: "contacts", groupBy: ["ownerId"] });
    expect(contacts).toEqual([]);
  });
});

describe("date buckets", () => {
  it("cuts days, weeks, months, quarters and years in the org's time zone", async () => {
    const db = await getDb();
    const mine = await Promise.all(
      ["2026-01-31T23:30:00Z", "2026-01-31T22:30:00Z", "2026-03-31T22:15:00Z", "2026-12-31T23:01:00Z"].map(
        async (at, i) => {
          const contact = await createContact(f.rep, { firstName: "Bucket", lastName: `N${i}` });
          await db.execute(sql`update contacts set created_at = ${at}::timestamptz where id = ${contact.id}`);
          return contact;
        },
      ),
    );
    expect(mine).toHaveLength(4);
    const filters = { "createdAt[gte]": "2026-01-01T00:00:00Z" };
    const report = (bucket: string) =>
      run(f.rep, { object: "contacts", groupBy: [`createdAt:${bucket}`], filters });

    // Berlin is UTC+1 in winter, UTC+2 from the end of March: 23:30Z on 31 January is 1 February there.
    expect(await report("month")).toEqual([
      { "createdAt:month": "2026-01-01", value: 1 },
      { "createdAt:month": "2026-02-01", value: 1 },
      { "createdAt:month": "2026-04-01", value: 1 },
      { "createdAt:month": "2027-01-01", value: 1 },
    ]);
    expect(await report("day")).toEqual([
      { "createdAt:day": "2026-01-31", value: 1 },
      { "createdAt:day": "2026-02-01", value: 1 },
      { "createdAt:day": "2026-04-01", value: 1 },
      { "createdAt:day": "2027-01-01", value: 1 },
    ]);
    expect(await report("quarter")).toEqual([
      { "createdAt:quarter": "2026-01-01", value: 2 },
      { "createdAt:quarter": "2026-04-01", value: 1 },
      { "createdAt:quarter": "2027-01-01", value: 1 },
    ]);
    // Weeks start on Monday: 31 January 2026 is a Saturday (week of 26 January), 1 February a Sunday.
    expect(await report("week")).toEqual([
      { "createdAt:week": "2026-01-26", value: 2 },
      { "createdAt:week": "2026-03-30", value: 1 },
      { "createdAt:week": "2026-12-28", value: 1 },
    ]);
    expect(await report("year")).toEqual(
      [
        { "createdAt:year": "2026", value: 3 },
        { "createdAt:year": "2027", value: 1 },
      ].map((row) => ({ ...row, "createdAt:year": `${row["createdAt:year"]}-01-01` })),
    );

    // The same rows by hand in SQL agree, and another zone would cut them differently.
    const byHand = await executeRows<{ k: string; n: string | number }>(
      db,
      sql`select to_char(date_trunc('month', created_at at time zone 'Europe/Berlin'), 'YYYY-MM-DD') as k,
        count(*) as n from contacts where org_id = ${f.orgId} and owner_id = ${f.rep.userId}
        and deleted_at is null and created_at >= '2026-01-01T00:00:00Z' group by 1 order by 1`,
    );
    expect(byHand.map((r) => ({ "createdAt:month": r.k, value: Number(r.n) }))).toEqual(
      await report("month"),
    );
    await updateOrgSettings(f.admin, { name: "Reports", defaultCurrency: "EUR", timeZone: "UTC" });
    try {
      expect(await report("month")).toEqual([
        { "createdAt:month": "2026-01-01", value: 2 },
        { "createdAt:month": "2026-03-01", value: 1 },
        { "createdAt:month": "2026-12-01", value: 1 },
      ]);
    } finally {
      await updateOrgSettings(f.admin, {
        name: "Reports",
        defaultCurrency: "EUR",
        timeZone: "Europe/Berlin",
      });
    }
  });

  it("groups won value by close month and owner (a date column, no zone shift)", async () => {
    const won = await createDeal(f.rep, {
      title: "Won in May",
      value: 10_00,
      currency: "EUR",
      outcome: "won",
      actualCloseDate: "2026-05-31",
    });
    expect(won.id).toBeTruthy();
    const rows = await run(f.admin, {
      object: "deals",
      measure: { fn: "sum", field: "value" },
      groupBy: ["actualCloseDate:month", "ownerId"],
      filters: { outcome: "won" },
    });
    expect(rows).toEqual([{ "actualCloseDate:month": "2026-05-01", ownerId: f.rep.userId, value: 10_00 }]);
  });
});

describe("bad definitions", () => {
  const fieldErrorsOf = async (ctx: Ctx, definition: Record<string, unknown>) => {
    const error = await run(ctx, definition).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: "unprocessable" });
    return (error as { fieldErrors: Record<string, string[]> }).fieldErrors;
  };

  it("answers 422 naming each unknown or unfit field", async () => {
    expect(await fieldErrorsOf(f.admin, { object: "invoices" })).toHaveProperty("object");
    expect(await fieldErrorsOf(f.admin, { object: "deals", measure: { fn: "median" } })).toHaveProperty(
      "measure.fn",
    );
    expect(await fieldErrorsOf(f.admin, { object: "deals", groupBy: ["nope"] })).toEqual({
      "groupBy.0": ["Unknown field nope"],
    });
    expect(await fieldErrorsOf(f.admin, { object: "deals", measure: { fn: "sum", field: "title" } })).toEqual(
      { "measure.field": ["title is not a number field"] },
    );
    expect(await fieldErrorsOf(f.admin, { object: "deals", measure: { fn: "avg" } })).toHaveProperty(
      "measure.field",
    );
    expect(
      await fieldErrorsOf(f.admin, { object: "deals", measure: { fn: "count", field: "value" } }),
    ).toHaveProperty("measure.field");
    expect(await fieldErrorsOf(f.admin, { object: "deals", groupBy: ["createdAt"] })).toHaveProperty(
      "groupBy.0",
    );
    expect(
      await fieldErrorsOf(f.admin, {
        object: "deals",
        groupBy: ["stageId", "stageId:month", "createdAt:hour"],
      }),
    ).toEqual({
      "groupBy.1": ["stageId is not a date: it takes no bucket"],
      "groupBy.2": ["Use a bucket of day, week, month, quarter, year after a date field (createdAt:month)"],
    });
    expect(await fieldErrorsOf(f.admin, { object: "deals", groupBy: ["tag"] })).toHaveProperty("groupBy.0");
    expect(await fieldErrorsOf(f.admin, { object: "deals", groupBy: ["constructor"] })).toHaveProperty(
      "groupBy.0",
    );
    expect(await fieldErrorsOf(f.rep, { object: "deals", filters: { nope: "x", ownerId: "me" } })).toEqual({
      "filters.nope": ["Unknown filter"],
      "filters.ownerId": ["Invalid id"],
    });
    expect(await fieldErrorsOf(f.admin, { object: "deals", filters: { sort: "value" } })).toHaveProperty(
      "filters.sort",
    );
    expect(await fieldErrorsOf(f.admin, { object: "deals", groupBy: ["cf.tier"] })).toEqual({
      "groupBy.0": ["Unknown field cf.tier"],
    });
  });
});
