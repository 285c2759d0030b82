import { and, asc, eq, gt, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import type { CountryCode } from "libphonenumber-js";
import { z } from "zod";
import type { Tx } from "../../db/client";
import { executeRows } from "../../db/execute-rows";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { enqueueJob } from "../../platform/jobs";
import { companies } from "../companies/tables";
import { contacts } from "../contacts/tables";
import { resolveDefaultCountry } from "./default-country";
import { findCandidatePairs } from "./find-candidate-pairs";
import { scorePair } from "./score-pair";
import { type LoadedRecord, loadCompany, loadContact, loadRecords } from "./subjects";
import { type DuplicateObject, duplicatePairs, duplicateScans } from "./tables";

export const DUPLICATES_SCAN_JOB = "duplicates.scan";
export const duplicatesScanJobSchema = z.object({
  orgId: z.uuid(),
  object: z.enum(["contacts", "companies"]),
});

/** Changed records compared per statement. */
const BATCH = 500;
/** Pairs of a full scan scored and stored per transaction. */
const PAIRS_PER_TX = 1000;
/** A blocking key shared by more records says nothing about any two of them (migration 0024). */
const MAX_BLOCK = 10;
const MAX_SHARED_PHONE = 3;
/** Up to this many records a full scan looks each one's look-alikes up instead (better recall). */
const PROBE_SCAN_MAX = 5000;
/** Changed records checked while the page waits; more go to a job (a full scan from 5 × this). */
export const INLINE_CHANGES = 200;
/** An org with at most this many records is scanned while the page waits (about half a second). */
const INLINE_FULL_SCAN = 500;
const FULL_RESCAN_CHANGES = BATCH * 5;
/** A requested job that has not finished after this long is requested again (its process died). */
const REQUEST_STALE_MS = 10 * 60_000;

export type ScanStatus = { state: "ready" | "running"; checked: number };

const tableOf = (object: DuplicateObject) => (object === "contacts" ? contacts : companies);
const systemCtx = (orgId: string): Ctx => ({ orgId, userId: null, role: "admin" });

/**
 * Brings the stored duplicate pairs of an org up to date before a page of them is read: a first
 * (or very stale) org gets a full scan as a job, a few changed records are checked at once, more as
 * a job. Without a job queue in the process (tests, CLI) the job runs here and now.
 */
export async function refreshDuplicates(orgId: string, object: DuplicateObject): Promise<ScanStatus> {
  const ctx = systemCtx(orgId);
  const decision = await withOrg(ctx, async (tx) => {
    const state = await readState(tx, orgId, object);
    const table = tableOf(object);
    if (!state?.checkedUntil || state.fullScanStartedAt) {
      const records = await tx
        .select({ id: table.id })
        .from(table)
        .where(and(eq(table.orgId, orgId), isNull(table.deletedAt)) as SQL)
        .limit(INLINE_FULL_SCAN + 1);
      return { run: records.length <= INLINE_FULL_SCAN ? ("scan" as const) : ("job" as const), state };
    }
    const changed = await tx
      .select({ id: table.id })
      .from(table)
      .where(and(eq(table.orgId, orgId), gt(table.updatedAt, state.checkedUntil)) as SQL)
      .limit(INLINE_CHANGES + 1);
    if (changed.length === 0) return { run: "none" as const, state };
    if (changed.length <= INLINE_CHANGES) {
      // Locked only now (a page read that finds nothing to do writes nothing): a job or another
      // page may be storing pairs at the same time; after the wait the state may have moved on.
      const locked = await readState(tx, orgId, object, true);
      if (locked?.checkedUntil && !locked.fullScanStartedAt) {
        await checkChanged(tx, ctx, object, locked.checkedUntil);
      }
      return { run: "none" as const, state };
    }
    return { run: "job" as const, state };
  });
  if (decision.run === "none") return { state: "ready", checked: decision.state?.scanned ?? 0 };
  if (decision.run === "scan") {
    await scanDuplicates(orgId, object);
    return { state: "ready", checked: 0 };
  }
  const requested = decision.state?.requestedAt;
  if (!requested || Date.now() - requested.getTime() > REQUEST_STALE_MS) {
    await withOrg(ctx, (tx) =>
      tx
        .insert(duplicateScans)
        .values({ orgId, object, requestedAt: sql`now()` })
        .onConflictDoUpdate({
          target: [duplicateScans.orgId, duplicateScans.object],
          set: { requestedAt: sql`now()` },
        }),
    );
    await enqueueJob(DUPLICATES_SCAN_JOB, { orgId, object }, runDuplicatesScanJob);
  }
  const after = await withOrg(ctx, (tx) => readState(tx, orgId, object));
  const ready = !!after?.checkedUntil && !after.fullScanStartedAt && !after.requestedAt;
  return { state: ready ? "ready" : "running", checked: after?.scanned ?? 0 };
}

export async function runDuplicatesScanJob(data: unknown): Promise<void> {
  const { orgId, object } = duplicatesScanJobSchema.parse(data);
  await scanDuplicates(orgId, object);
}

/**
 * The job: checks every record (a full scan) when the org was never scanned, a full scan did not
 * finish or many records changed; else the records changed since the last scan, in one transaction
 * that holds the scan row's lock.
 */
export async function scanDuplicates(
  orgId: string,
  object: DuplicateObject,
  options: { probeScanMax?: number } = {},
): Promise<void> {
  const ctx = systemCtx(orgId);
  const where = and(eq(duplicateScans.orgId, orgId), eq(duplicateScans.object, object));
  const startedAt = await withOrg(ctx, async (tx) => {
    await tx
      .insert(duplicateScans)
      .values({ orgId, object })
      .onConflictDoNothing({ target: [duplicateScans.orgId, duplicateScans.object] });
    const state = await readState(tx, orgId, object, true);
    if (!state) return null;
    if (state.checkedUntil && !state.fullScanStartedAt) {
      const table = tableOf(object);
      const changed = await tx
        .select({ id: table.id })
        .from(table)
        .where(and(eq(table.orgId, orgId), gt(table.updatedAt, state.checkedUntil)) as SQL)
        .limit(FULL_RESCAN_CHANGES + 1);
      if (changed.length <= FULL_RESCAN_CHANGES) {
        await checkChanged(tx, ctx, object, state.checkedUntil);
        await tx.update(duplicateScans).set({ requestedAt: null }).where(where);
        return null;
      }
    }
    const [row] = await tx
      .update(duplicateScans)
      .set({ fullScanStartedAt: sql`now()`, cursor: null, scanned: 0 })
      .where(where)
      .returning({ startedAt: duplicateScans.fullScanStartedAt });
    return row?.startedAt ?? null;
  });
  if (startedAt) await fullScan(ctx, object, startedAt, options.probeScanMax ?? PROBE_SCAN_MAX);
}

const blockPairRow = z.object({
  record_a: z.string(),
  record_b: z.string(),
  name_similarity: z.coerce.number(),
});

/**
 * Every pair of the org's records sharing a blocking key (dup_contact_block_pairs, migration 0024:
 * one statement), scored and stored in transactions of PAIRS_PER_TX pairs, so that other requests
 * get the database in between (PGlite has one connection). Pairs not found again are deleted.
 */
async function fullScan(
  ctx: Ctx,
  object: DuplicateObject,
  startedAt: Date,
  probeScanMax: number,
): Promise<void> {
  const where = and(eq(duplicateScans.orgId, ctx.orgId), eq(duplicateScans.object, object));
  const fn = object === "contacts" ? sql`dup_contact_block_pairs` : sql`dup_company_block_pairs`;
  const table = tableOf(object);
  const { pairs, records } = await withOrg(ctx, async (tx) => {
    const [count] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(table)
      .where(and(eq(table.orgId, ctx.orgId), isNull(table.deletedAt)) as SQL);
    const records = count?.n ?? 0;
    if (records <= probeScanMax) return { pairs: null, records };
    const rows = await executeRows(
      tx,
      sql`select record_a, record_b, name_similarity from ${fn}(${MAX_BLOCK}, ${MAX_SHARED_PHONE})`,
    );
    return { pairs: z.array(blockPairRow).parse(rows), records };
  });
  if (pairs === null) await probeEveryRecord(ctx, object);
  const found = pairs ?? [];
  for (let i = 0; i < found.length; i += PAIRS_PER_TX) {
    const chunk = found.slice(i, i + PAIRS_PER_TX);
    await withOrg(ctx, async (tx) => {
      const country = await resolveDefaultCountry(tx, ctx);
      const ids = [...new Set(chunk.flatMap((p) => [p.record_a, p.record_b]))];
      const loaded = await loadRecords(tx, ctx, object, ids);
      const rows: (typeof duplicatePairs.$inferInsert)[] = [];
      for (const pair of chunk) {
        const a = loaded.get(pair.record_a);
        const b = loaded.get(pair.record_b);
        if (!a || !b) continue;
        const { score, reasons } = scorePair(a.subject, b.subject, pair.name_similarity, country);
        if (score <= 0) continue;
        rows.push({
          orgId: ctx.orgId,
          object,
          recordA: pair.record_a,
          recordB: pair.record_b,
          score,
          nameSimilarity: pair.name_similarity,
          reasons,
        });
      }
      await upsertPairs(tx, rows);
      const checked = Math.round((records * (i + chunk.length)) / found.length);
      await tx.update(duplicateScans).set({ scanned: checked }).where(where);
    });
  }
  await withOrg(ctx, async (tx) => {
    // Pairs not found again since the scan started are gone (records changed or deleted).
    await tx
      .delete(duplicatePairs)
      .where(
        and(
          eq(duplicatePairs.orgId, ctx.orgId),
          eq(duplicatePairs.object, object),
          sql`${duplicatePairs.computedAt} < ${startedAt}`,
        ),
      );
    await tx
      .update(duplicateScans)
      .set({ checkedUntil: startedAt, fullScanStartedAt: null, scanned: records, requestedAt: null })
      .where(where);
  });
}

/**
 * A small org's full scan: each record's look-alikes through the indexes (migration 0020), which
 * also finds names alike in both words ("Kathrin Oberholzer", "Katrin Oberhölzer") that share no block.
 */
async function probeEveryRecord(ctx: Ctx, object: DuplicateObject): Promise<void> {
  let after: string | null = null;
  for (;;) {
    const cursor: string | null = after;
    const last: string | null = await withOrg(ctx, async (tx): Promise<string | null> => {
      const rows: LoadedRecord[] =
        object === "contacts"
          ? (
              await tx
                .select()
                .from(contacts)
                .where(
                  and(
                    eq(contacts.orgId, ctx.orgId),
                    isNull(contacts.deletedAt),
                    cursor ? gt(contacts.id, cursor) : undefined,
                  ) as SQL,
                )
                .orderBy(asc(contacts.id))
                .limit(BATCH)
            ).map(loadContact)
          : (
              await tx
                .select()
                .from(companies)
                .where(
                  and(
                    eq(companies.orgId, ctx.orgId),
                    isNull(companies.deletedAt),
                    cursor ? gt(companies.id, cursor) : undefined,
                  ) as SQL,
                )
                .orderBy(asc(companies.id))
                .limit(BATCH)
            ).map(loadCompany);
      await storePairs(tx, ctx, object, rows, "after", await resolveDefaultCountry(tx, ctx));
      return rows.length === BATCH ? (rows.at(-1)?.summary.id ?? null) : null;
    });
    if (!last) return;
    after = last;
  }
}

type ScanState = typeof duplicateScans.$inferSelect;

async function readState(
  tx: Tx,
  orgId: string,
  object: DuplicateObject,
  lock = false,
): Promise<ScanState | undefined> {
  const query = tx
    .select()
    .from(duplicateScans)
    .where(and(eq(duplicateScans.orgId, orgId), eq(duplicateScans.object, object)));
  const [state] = lock ? await query.for("update") : await query;
  return state;
}

/**
 * The records changed after `since` (the deleted too): their pairs are dropped and found again
 * against every other record; the scan row then says checked until the newest change seen.
 */
async function checkChanged(tx: Tx, ctx: Ctx, object: DuplicateObject, since: Date): Promise<void> {
  const rows =
    object === "contacts"
      ? (
          await tx
            .select()
            .from(contacts)
            .where(and(eq(contacts.orgId, ctx.orgId), gt(contacts.updatedAt, since)) as SQL)
        ).map((row) => ({ record: loadContact(row), updatedAt: row.updatedAt, deleted: !!row.deletedAt }))
      : (
          await tx
            .select()
            .from(companies)
            .where(and(eq(companies.orgId, ctx.orgId), gt(companies.updatedAt, since)) as SQL)
        ).map((row) => ({ record: loadCompany(row), updatedAt: row.updatedAt, deleted: !!row.deletedAt }));
  if (rows.length === 0) return;
  const ids = rows.map((r) => r.record.summary.id);
  await tx
    .delete(duplicatePairs)
    .where(
      and(
        eq(duplicatePairs.orgId, ctx.orgId),
        eq(duplicatePairs.object, object),
        or(inArray(duplicatePairs.recordA, ids), inArray(duplicatePairs.recordB, ids)),
      ),
    );
  const country = await resolveDefaultCountry(tx, ctx);
  const live = rows.filter((r) => !r.deleted).map((r) => r.record);
  for (let i = 0; i < live.length; i += BATCH) {
    await storePairs(tx, ctx, object, live.slice(i, i + BATCH), "other", country);
  }
  const newest = rows.reduce((max, r) => (r.updatedAt > max ? r.updatedAt : max), since);
  await tx
    .update(duplicateScans)
    .set({ checkedUntil: newest })
    .where(and(eq(duplicateScans.orgId, ctx.orgId), eq(duplicateScans.object, object)));
}

/** Finds, scores and stores (or refreshes) the pairs of `probes`; each pair under its smaller id first. */
async function storePairs(
  tx: Tx,
  ctx: Ctx,
  object: DuplicateObject,
  probes: LoadedRecord[],
  mode: "after" | "other",
  country: CountryCode,
): Promise<void> {
  if (probes.length === 0) return;
  const found = await findCandidatePairs(
    tx,
    object,
    probes.map((r) => r.probe),
    mode,
  );
  const byId = new Map(probes.map((r) => [r.summary.id, r]));
  const others = await loadRecords(
    tx,
    ctx,
    object,
    found.map((p) => p.candidateId).filter((id) => !byId.has(id)),
  );
  const rows = new Map<string, typeof duplicatePairs.$inferInsert>();
  for (const pair of found) {
    const a = pair.probeId ? byId.get(pair.probeId) : undefined;
    const b = byId.get(pair.candidateId) ?? others.get(pair.candidateId);
    if (!a || !b) continue;
    const { score, reasons } = scorePair(a.subject, b.subject, pair.nameSimilarity, country);
    if (score <= 0) continue;
    const [recordA, recordB] = [a.summary.id, b.summary.id].sort() as [string, string];
    rows.set(`${recordA}:${recordB}`, {
      orgId: ctx.orgId,
      object,
      recordA,
      recordB,
      score,
      nameSimilarity: pair.nameSimilarity,
      reasons,
    });
  }
  await upsertPairs(tx, [...rows.values()]);
}

async function upsertPairs(tx: Tx, rows: (typeof duplicatePairs.$inferInsert)[]): Promise<void> {
  if (rows.length === 0) return;
  await tx
    .insert(duplicatePairs)
    .values(rows)
    .onConflictDoUpdate({
      target: [duplicatePairs.orgId, duplicatePairs.object, duplicatePairs.recordA, duplicatePairs.recordB],
      set: {
        score: sql`excluded.score`,
        nameSimilarity: sql`excluded.name_similarity`,
        reasons: sql`excluded.reasons`,
        computedAt: sql`now()`,
      },
    });
}
