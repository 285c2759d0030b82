import { and, asc, eq, gt, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import type { CountryCode } from "libphonenumber-js";
import { z } from "zod";
import type { Tx } from "../../db/client";
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

/** Records compared per transaction. */
const BATCH = 500;
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
    // Locked: a job's batch or another page's check may be storing pairs at the same time.
    const state = await readState(tx, orgId, object, true);
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
      await checkChanged(tx, ctx, object, state.checkedUntil);
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
 * The job: checks every record (a full scan, resumable from its last batch) when the org was never
 * scanned, a full scan was interrupted or many records changed; else the records changed since the
 * last scan. Each batch is its own transaction and holds the scan row's lock.
 */
export async function scanDuplicates(orgId: string, object: DuplicateObject): Promise<void> {
  const ctx = systemCtx(orgId);
  for (;;) {
    const done = await withOrg(ctx, async (tx) => {
      await tx
        .insert(duplicateScans)
        .values({ orgId, object })
        .onConflictDoNothing({ target: [duplicateScans.orgId, duplicateScans.object] });
      const [state] = await tx
        .select()
        .from(duplicateScans)
        .where(and(eq(duplicateScans.orgId, orgId), eq(duplicateScans.object, object)))
        .for("update");
      if (!state) return true;
      if (state.checkedUntil && !state.fullScanStartedAt) {
        const table = tableOf(object);
        const changed = await tx
          .select({ id: table.id })
          .from(table)
          .where(and(eq(table.orgId, orgId), gt(table.updatedAt, state.checkedUntil)) as SQL)
          .limit(FULL_RESCAN_CHANGES + 1);
        if (changed.length <= FULL_RESCAN_CHANGES) {
          await checkChanged(tx, ctx, object, state.checkedUntil);
          await tx
            .update(duplicateScans)
            .set({ requestedAt: null })
            .where(and(eq(duplicateScans.orgId, orgId), eq(duplicateScans.object, object)));
          return true;
        }
      }
      return scanBatch(tx, ctx, object, state);
    });
    if (done) return;
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

/** One batch of a full scan in id order; true when the scan is complete. */
async function scanBatch(tx: Tx, ctx: Ctx, object: DuplicateObject, state: ScanState): Promise<boolean> {
  const where = and(eq(duplicateScans.orgId, ctx.orgId), eq(duplicateScans.object, object));
  let startedAt = state.fullScanStartedAt;
  let cursor = state.cursor;
  let scanned = state.scanned;
  if (!startedAt) {
    const [row] = await tx
      .update(duplicateScans)
      .set({ fullScanStartedAt: sql`now()`, cursor: null, scanned: 0 })
      .where(where)
      .returning({ startedAt: duplicateScans.fullScanStartedAt });
    startedAt = row?.startedAt ?? new Date();
    cursor = null;
    scanned = 0;
  }
  const batch = await loadBatch(tx, ctx.orgId, object, cursor);
  const country = await resolveDefaultCountry(tx, ctx);
  await storePairs(tx, ctx, object, batch, "after", country);
  const last = batch.at(-1);
  if (batch.length === BATCH && last) {
    await tx
      .update(duplicateScans)
      .set({ cursor: last.summary.id, scanned: scanned + batch.length })
      .where(where);
    return false;
  }
  // Complete: pairs not found again since the scan started are gone (records changed or deleted).
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
    .set({
      checkedUntil: startedAt,
      fullScanStartedAt: null,
      cursor: null,
      scanned: scanned + batch.length,
      requestedAt: null,
    })
    .where(where);
  return true;
}

async function loadBatch(
  tx: Tx,
  orgId: string,
  object: DuplicateObject,
  after: string | null,
): Promise<LoadedRecord[]> {
  if (object === "contacts") {
    const rows = await tx
      .select()
      .from(contacts)
      .where(
        and(
          eq(contacts.orgId, orgId),
          isNull(contacts.deletedAt),
          after ? gt(contacts.id, after) : undefined,
        ) as SQL,
      )
      .orderBy(asc(contacts.id))
      .limit(BATCH);
    return rows.map(loadContact);
  }
  const rows = await tx
    .select()
    .from(companies)
    .where(
      and(
        eq(companies.orgId, orgId),
        isNull(companies.deletedAt),
        after ? gt(companies.id, after) : undefined,
      ) as SQL,
    )
    .orderBy(asc(companies.id))
    .limit(BATCH);
  return rows.map(loadCompany);
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
  if (rows.size === 0) return;
  await tx
    .insert(duplicatePairs)
    .values([...rows.values()])
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
