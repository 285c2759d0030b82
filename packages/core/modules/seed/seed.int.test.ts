import { and, asc, count, countDistinct, eq, isNotNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDatabaseHandle, getDb } from "../../db/client";
import { createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { activities } from "../activities/tables";
import { users } from "../auth/tables";
import { companies } from "../companies/tables";
import { listContacts } from "../contacts/list-contacts";
import { contacts } from "../contacts/tables";
import { deals, stages } from "../deals/tables";
import { exchangeRates } from "../exchange-rates/tables";
import { leads } from "../leads/tables";
import { members } from "../orgs/tables";
import { tasks } from "../tasks/tables";
import { withIndexesDeferred } from "./defer-indexes";
import { loadSampleData } from "./demo-data";
import { seedOrg } from "./seed-org";

useTestDatabase();

const NOW = Date.parse("2026-06-01T12:00:00Z");
const SIZES = { companies: 20, contacts: 150, deals: 60, activities: 300, tasks: 25 };

async function snapshot(orgId: string) {
  const db = await getDb();
  return db
    .select({
      firstName: contacts.firstName,
      lastName: contacts.lastName,
      email: contacts.email,
      phones: contacts.phones,
      title: contacts.title,
      leadStatus: contacts.leadStatus,
      tags: contacts.tags,
      createdAt: contacts.createdAt,
      updatedAt: contacts.updatedAt,
    })
    .from(contacts)
    .where(eq(contacts.orgId, orgId))
    .orderBy(asc(contacts.createdAt), asc(contacts.email), asc(contacts.firstName));
}

async function counts(orgId: string) {
  const db = await getDb();
  const n = async (
    table: typeof contacts | typeof companies | typeof deals | typeof activities | typeof tasks,
  ) => {
    const [row] = await db.select({ n: count() }).from(table).where(eq(table.orgId, orgId));
    return row?.n;
  };
  return {
    companies: await n(companies),
    contacts: await n(contacts),
    deals: await n(deals),
    activities: await n(activities),
    tasks: await n(tasks),
  };
}

describe("seedOrg", () => {
  it("loads exactly the requested rows, reproducibly for a seed, with distinct ids per org", async () => {
    const a = await createTestOrg("Seed A");
    const b = await createTestOrg("Seed B");
    const c = await createTestOrg("Seed C");
    const result = await seedOrg({ orgId: a.orgId, ...SIZES, seed: 7, now: NOW });
    await seedOrg({ orgId: b.orgId, ...SIZES, seed: 7, now: NOW });
    await seedOrg({ orgId: c.orgId, ...SIZES, seed: 8, now: NOW });

    expect(result).toMatchObject(SIZES);
    expect(await counts(a.orgId)).toEqual(SIZES);
    expect(await counts(b.orgId)).toEqual(SIZES);
    const [snapA, snapB, snapC] = [await snapshot(a.orgId), await snapshot(b.orgId), await snapshot(c.orgId)];
    expect(snapA).toEqual(snapB);
    expect(snapA).not.toEqual(snapC);
  });

  it("writes realistic rows: E.164 phones, owners spread over added reps, deals in every stage, linked activities", async () => {
    const { orgId, ctx } = await createTestOrg("Seed D");
    await seedOrg({ orgId, ...SIZES, contacts: 400, deals: 200, seed: 3, now: NOW });
    const db = await getDb();

    const memberRows = await db.select().from(members).where(eq(members.organizationId, orgId));
    expect(memberRows.filter((m) => m.role === "rep")).toHaveLength(4);
    const [owners] = await db
      .select({ n: countDistinct(contacts.ownerId) })
      .from(contacts)
      .where(eq(contacts.orgId, orgId));
    expect(owners?.n).toBe(5);

    const rows = await db.select().from(contacts).where(eq(contacts.orgId, orgId));
    for (const row of rows) {
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      for (const phone of row.phones) expect(phone.number).toMatch(/^\+[1-9]\d{7,14}$/);
      expect(row.updatedAt.getTime()).toBeGreaterThanOrEqual(row.createdAt.getTime());
    }
    const countries = new Set(rows.flatMap((r) => r.phones.map((p) => p.number.slice(0, 3))));
    expect(countries.size).toBeGreaterThanOrEqual(4);
    const withCompany = rows.filter((r) => r.companyId);
    const companyRows = await db.select().from(companies).where(eq(companies.orgId, orgId));
    const domains = new Map(companyRows.map((co) => [co.id, co.domain]));
    for (const r of withCompany) expect(r.email?.endsWith(`@${domains.get(r.companyId ?? "")}`)).toBe(true);

    const stageRows = await db.select().from(stages).where(eq(stages.orgId, orgId));
    const dealStages = await db
      .select({ stageId: deals.stageId, n: count() })
      .from(deals)
      .where(eq(deals.orgId, orgId))
      .groupBy(deals.stageId);
    expect(dealStages).toHaveLength(stageRows.length);
    const won = stageRows.find((s) => s.kind === "won");
    const [wonDeal] = await db
      .select()
      .from(deals)
      .where(and(eq(deals.orgId, orgId), eq(deals.stageId, won?.id ?? "")))
      .limit(1);
    expect(wonDeal?.outcome).toBe("won");
    expect(wonDeal?.actualCloseDate).not.toBeNull();

    const types = await db
      .select({ type: activities.type, n: count() })
      .from(activities)
      .where(eq(activities.orgId, orgId))
      .groupBy(activities.type);
    expect(types.map((t) => t.type).sort()).toEqual(["call", "email", "meeting", "note"]);
    const [linked] = await db
      .select({ n: count() })
      .from(activities)
      .where(and(eq(activities.orgId, orgId), isNotNull(activities.contactId)));
    expect(linked?.n).toBe(SIZES.activities);

    // The services read the loaded rows like any others (RLS, list engine).
    const page = await listContacts(ctx, { limit: 10 });
    expect(page.data).toHaveLength(10);
    expect(page.nextCursor).not.toBeNull();
  });
});

describe("sample text", () => {
  // Bug: the sample data had no leads, and every timeline was Latin lorem ipsum ("Vomica ante
  // cimentarius…") whatever the org's language.
  const LOREM = /\b(lorem|ipsum|dolor|amet|consectetur|adipisci|vomica|aegrotatio|cimentarius)\b/i;

  async function sample(orgId: string) {
    const db = await getDb();
    const timeline = await db
      .select({
        type: activities.type,
        subject: activities.subject,
        body: activities.body,
        direction: activities.direction,
      })
      .from(activities)
      .where(eq(activities.orgId, orgId))
      .orderBy(asc(activities.id));
    const leadRows = await db
      .select({
        status: leads.status,
        source: leads.source,
        name: leads.name,
        convertedContactId: leads.convertedContactId,
      })
      .from(leads)
      .where(eq(leads.orgId, orgId));
    const taskTitles = await db.select({ title: tasks.title }).from(tasks).where(eq(tasks.orgId, orgId));
    const dealTitles = await db.select({ title: deals.title }).from(deals).where(eq(deals.orgId, orgId));
    return { timeline, leadRows, taskTitles, dealTitles };
  }

  it("writes leads and realistic notes, calls and emails in English, filled from the records", async () => {
    const org = await createTestOrg("Sample en");
    await seedOrg({ orgId: org.orgId, ...SIZES, leads: 40, seed: 5, now: NOW });
    const { timeline, leadRows, taskTitles } = await sample(org.orgId);

    expect(leadRows).toHaveLength(40);
    expect(new Set(leadRows.map((l) => l.status)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(leadRows.map((l) => l.source)).size).toBeGreaterThanOrEqual(4);
    for (const lead of leadRows) expect(lead.status === "converted").toBe(lead.convertedContactId !== null);

    for (const a of timeline) {
      expect(`${a.subject} ${a.body}`).not.toMatch(LOREM);
      expect(a.body).not.toMatch(/\{\w+\}|undefined/);
    }
    const db = await getDb();
    const named = await db
      .select({
        body: activities.body,
        subject: activities.subject,
        first: contacts.firstName,
        last: contacts.lastName,
      })
      .from(activities)
      .innerJoin(contacts, eq(contacts.id, activities.contactId))
      .where(
        and(
          eq(activities.orgId, org.orgId),
          eq(activities.type, "email"),
          eq(activities.direction, "outbound"),
        ),
      );
    expect(named.length).toBeGreaterThan(0);
    // An email to a contact greets that contact.
    for (const e of named)
      expect(e.body).toMatch(new RegExp(`^<p>(Hi|Hello) ${e.first},|^<p>Dear ${e.first} ${e.last},`));
    expect(timeline.filter((a) => a.type === "call").every((a) => a.subject !== "" && a.body !== "")).toBe(
      true,
    );
    expect(taskTitles.every((t) => !/undefined|\{/.test(t.title))).toBe(true);
  });

  it("writes them in German for a German org, and reproducibly for a seed", async () => {
    const a = await createTestOrg("Sample de");
    const b = await createTestOrg("Sample de 2");
    const result = await seedOrg({ orgId: a.orgId, ...SIZES, leads: 10, seed: 9, now: NOW, language: "de" });
    expect(result.language).toBe("de");
    await seedOrg({ orgId: b.orgId, ...SIZES, leads: 10, seed: 9, now: NOW, language: "de" });
    const one = await sample(a.orgId);
    const two = await sample(b.orgId);
    expect(one.timeline.map((t) => [t.subject, t.body])).toEqual(
      two.timeline.map((t) => [t.subject, t.body]),
    );
    const text = one.timeline.map((t) => `${t.subject} ${t.body}`).join("\n");
    expect(text).toMatch(/Telefonat mit|Angebot|Viele Grüße|Nachgang/);
    expect(text).not.toMatch(/\b(Call with|Best regards|Following up)\b/);
    expect(
      one.dealTitles.some((d) =>
        /Jahreslizenz|Onboarding-Paket|Datenmigration|Beratung|Premium-Support|Schulungsworkshop|Nutzerlizenzen|Schnittstellen|Reporting-Erweiterung/.test(
          d.title,
        ),
      ),
    ).toBe(true);
  });

  it("demo data has leads, in the admin's language by default", async () => {
    const org = await createTestOrg("Demo leads");
    const db = await getDb();
    await db.update(users).set({ locale: "de" }).where(eq(users.id, org.userId));
    const result = await loadSampleData(org.orgId);
    expect(result.language).toBe("de");
    expect(result.leads).toBeGreaterThan(0);
    expect((await sample(org.orgId)).leadRows).toHaveLength(result.leads);
  });

  // The demo board showed every euro and pound total as "no rate": the sample deals use three
  // currencies and the demo had no exchange rates.
  it("demo data brings a rate for every other currency its deals use", async () => {
    const org = await createTestOrg("Demo rates");
    const result = await loadSampleData(org.orgId);
    const db = await getDb();
    const dealCurrencies = await db
      .selectDistinct({ currency: deals.currency })
      .from(deals)
      .where(eq(deals.orgId, org.orgId));
    const rates = await db
      .select({ currency: exchangeRates.currency, base: exchangeRates.baseCurrency })
      .from(exchangeRates)
      .where(eq(exchangeRates.orgId, org.orgId));
    const foreign = dealCurrencies.map((d) => d.currency).filter((c) => c !== result.currency);
    expect(foreign.length).toBeGreaterThan(0);
    expect(rates.map((r) => r.currency).sort()).toEqual([...foreign].sort());
    expect(rates.every((r) => r.base === result.currency)).toBe(true);
  });
});

describe("withIndexesDeferred", () => {
  const indexes = async () => {
    const handle = await getDatabaseHandle();
    const { rows } = await handle.executeSql(
      "select indexdef from pg_indexes where tablename = 'contacts' order by indexname",
    );
    return rows.map((r) => String(r.indexdef));
  };
  const isUnique = (def: string) => /^create unique index/i.test(def);

  it("drops the secondary indexes during the load and builds the same ones again, also when the load fails", async () => {
    const before = await indexes();
    expect(before.some((def) => /using gin/i.test(def))).toBe(true);
    expect(before.some((def) => !isUnique(def) && /using btree/i.test(def))).toBe(true);
    const during = await withIndexesDeferred(["contacts"], indexes);
    // Only the primary key and unique indexes stay.
    expect(during.length).toBeGreaterThan(0);
    expect(during.every(isUnique)).toBe(true);
    expect(during).toEqual(before.filter(isUnique));
    expect(await indexes()).toEqual(before);
    await expect(
      withIndexesDeferred(["contacts"], async () => {
        throw new Error("load failed");
      }),
    ).rejects.toThrow("load failed");
    expect(await indexes()).toEqual(before);
  });
});
