import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { PgInsertValue, PgTable } from "drizzle-orm/pg-core";
import { z } from "zod";
import { getDb } from "../../db/client";
import { newId } from "../../platform/ids";
import { activities } from "../activities/tables";
import { users } from "../auth/tables";
import { companies } from "../companies/tables";
import { contacts } from "../contacts/tables";
import { ensureDefaultPipeline } from "../deals/create-default-pipeline";
import { findDefaultPipeline, listStagesOf } from "../deals/pipeline-queries";
import { deals } from "../deals/tables";
import { leads } from "../leads/tables";
import { members, organizations, orgSettings } from "../orgs/tables";
import { tasks } from "../tasks/tables";
import { bulkInsert } from "./bulk-insert";
import { DEFER_INDEXES_FROM_ROWS, withIndexesDeferred } from "./defer-indexes";
import {
  activityRow,
  companyRow,
  contactRow,
  dealRow,
  leadRow,
  type SeedState,
  taskRow,
} from "./generate-rows";
import { buildPools, slugPart } from "./pools";
import { createRng, hashString } from "./random";
import { SEED_LANGUAGES, type SeedLanguage, textPools } from "./text-templates";

export const seedOptionsSchema = z.object({
  orgId: z.uuid(),
  contacts: z.number().int().min(1).max(10_000_000),
  companies: z.number().int().min(0).max(5_000_000),
  deals: z.number().int().min(0).max(5_000_000),
  activities: z.number().int().min(0).max(50_000_000),
  /** Default: a tenth of the contacts. */
  tasks: z.number().int().min(0).max(5_000_000).optional(),
  leads: z.number().int().min(0).max(5_000_000).default(0),
  /** Language of notes, call summaries, emails, task titles and products. Default: the admin's language. */
  language: z.enum(SEED_LANGUAGES).optional(),
  seed: z.number().int().default(1),
  /** The reference time the data spreads back from (two years); fixed in tests for reproducible rows. */
  now: z.number().int().optional(),
  /** Rep users to create when the org has only its admin. */
  reps: z.number().int().min(0).max(50).default(4),
});
export type SeedOptions = z.input<typeof seedOptionsSchema>;
export type SeedProgress = { table: string; done: number; total: number; elapsedMs: number };

/**
 * Fills an organization with realistic, reproducible CRM data in bulk: multi-row INSERTs in large
 * batches, one transaction each, as the owner with the org id explicit on every row. Rows carry what
 * the services would write (UUIDv7 ids, timestamps, owners among the org's members); generated
 * columns are left to the database. No audit entries: this is data loading, not user activity.
 */
export async function seedOrg(input: SeedOptions, onProgress: (p: SeedProgress) => void = () => {}) {
  const options = seedOptionsSchema.parse(input);
  const db = await getDb();
  const [org] = await db
    .select({ id: organizations.id, slug: organizations.slug, currency: orgSettings.defaultCurrency })
    .from(organizations)
    .leftJoin(orgSettings, eq(orgSettings.orgId, organizations.id))
    .where(eq(organizations.id, options.orgId));
  if (!org) throw new Error(`organization ${options.orgId} not found`);

  const ownerIds = await ensureOwners(org.id, org.slug, options.reps, options.seed);
  const owners = ownerIds.length
    ? await db
        .select({ id: users.id, name: users.name, locale: users.locale })
        .from(users)
        .where(inArray(users.id, ownerIds))
    : [];
  const ownerNames = ownerIds.map((id) => owners.find((o) => o.id === id)?.name.split(" ")[0] ?? "");
  const adminLocale = owners.find((o) => o.id === ownerIds[0])?.locale;
  const language: SeedLanguage =
    options.language ??
    (SEED_LANGUAGES.includes(adminLocale as SeedLanguage) ? (adminLocale as SeedLanguage) : "en");
  const admin = ownerIds[0] ?? null;
  await ensureDefaultPipeline({ orgId: org.id, userId: admin, role: "admin" });
  const stages = await db.transaction(async (tx) => {
    const pipeline = await findDefaultPipeline(tx, org.id);
    if (!pipeline) throw new Error("no default pipeline");
    return listStagesOf(tx, org.id, pipeline.id);
  });

  const pools = buildPools(options.seed);
  const rng = createRng(options.seed);
  const n = options;
  const taskCount = options.tasks ?? Math.floor(options.contacts / 10);
  const state: SeedState = {
    orgId: org.id,
    idRng: createRng(options.seed ^ hashString(org.id)),
    ownerIds,
    ownerNames,
    now: options.now ?? Date.now(),
    text: textPools(language),
    stageNames: stages.map((st) => st.name),
    currency: org.currency ?? "USD",
    companyIds: new Array(n.companies),
    companyNames: new Array(n.companies),
    companyDomains: new Array(n.companies),
    companyCountry: new Array(n.companies),
    companyOwner: new Uint16Array(n.companies),
    contactIds: new Array(n.contacts),
    contactNames: new Array(n.contacts),
    contactFirst: new Array(n.contacts),
    contactCompany: new Int32Array(n.contacts),
    contactOwner: new Uint16Array(n.contacts),
    dealIds: new Array(n.deals),
    dealContact: new Int32Array(n.deals),
    dealOwner: new Uint16Array(n.deals),
    dealStage: new Uint8Array(n.deals),
    dealProduct: new Uint16Array(n.deals),
  };
  const started = Date.now();
  const load = <TTable extends PgTable>(
    name: string,
    table: TTable,
    total: number,
    make: (i: number) => PgInsertValue<TTable>,
  ) =>
    bulkInsert(table, total, make, (done) =>
      onProgress({ table: name, done, total, elapsedMs: Date.now() - started }),
    );

  const loadAll = async () => {
    await load("companies", companies, n.companies, (i) => companyRow(rng, pools, state, i));
    await load("contacts", contacts, n.contacts, (i) => contactRow(rng, pools, state, i));
    await load("leads", leads, n.leads, () => leadRow(rng, pools, state));
    await load("deals", deals, n.deals, (i) => dealRow(rng, pools, state, stages, i));
    await load("activities", activities, n.activities, () => activityRow(rng, pools, state));
    await load("tasks", tasks, taskCount, () => taskRow(rng, state));
  };
  const total = n.companies + n.contacts + n.leads + n.deals + n.activities + taskCount;
  if (total >= DEFER_INDEXES_FROM_ROWS)
    await withIndexesDeferred(["companies", "contacts", "leads", "deals", "activities", "tasks"], loadAll);
  else await loadAll();
  // Fresh statistics for the planner and a visibility map for index-only scans.
  await db.execute(sql`vacuum analyze companies, contacts, leads, deals, activities, tasks`);
  return {
    orgId: org.id,
    owners: ownerIds.length,
    companies: n.companies,
    contacts: n.contacts,
    leads: n.leads,
    language,
    currency: state.currency,
    deals: n.deals,
    activities: n.activities,
    tasks: taskCount,
    seconds: Math.round((Date.now() - started) / 100) / 10,
  };
}

/** The org's members as record owners (admin first); adds rep users when the org has only one member. */
async function ensureOwners(orgId: string, slug: string, reps: number, seed: number): Promise<string[]> {
  const db = await getDb();
  const list = () =>
    db
      .select({ userId: members.userId })
      .from(members)
      .where(eq(members.organizationId, orgId))
      .orderBy(asc(members.createdAt), asc(members.userId));
  const existing = await list();
  if (existing.length > 1 || reps === 0) return existing.map((m) => m.userId);
  const pools = buildPools(seed + 7);
  const locale = pools.locales[0];
  await db.transaction(async (tx) => {
    for (let i = 0; i < reps; i++) {
      const first = locale?.firstNames[i] ?? `Rep${i}`;
      const last = locale?.lastNames[i] ?? "Sales";
      const email = `${slugPart(first)}.${slugPart(last)}.${i + 1}@${slug}.example.com`;
      const [found] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
      const userId = found?.id ?? newId();
      if (!found)
        await tx.insert(users).values({ id: userId, name: `${first} ${last}`, email, emailVerified: true });
      const [member] = await tx
        .select({ id: members.id })
        .from(members)
        .where(and(eq(members.organizationId, orgId), eq(members.userId, userId)));
      if (!member)
        await tx.insert(members).values({ id: newId(), organizationId: orgId, userId, role: "rep" });
    }
  });
  return (await list()).map((m) => m.userId);
}
