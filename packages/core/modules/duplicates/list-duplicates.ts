import { and, asc, gt, type SQL } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import { companies } from "../companies/tables";
import { contacts } from "../contacts/tables";
import { visibleRecords } from "../records/visibility";
import { resolveDefaultCountry } from "./default-country";
import { findCandidatePairs } from "./find-candidate-pairs";
import { type ListDuplicatesInput, listDuplicatesSchema } from "./schemas";
import { type DupeReason, scorePair } from "./score-pair";
import { type DupeSummary, type LoadedRecord, loadCompany, loadContact, loadRecords } from "./subjects";

export type DuplicatePair = { a: DupeSummary; b: DupeSummary; score: number; reasons: DupeReason[] };

// Work per request is bounded: records are scanned in id order in batches, and a page ends when it
// has enough pairs or has looked at MAX_SCAN records; the cursor is the last record looked at.
const BATCH = 200;
const MAX_SCAN = 2000;

/**
 * Likely duplicate pairs among the records the caller may see, each with a score and its reasons.
 * Pairs come once (from their smaller id); within a page they are ordered by score.
 */
export async function listDuplicates(ctx: Ctx, input: ListDuplicatesInput) {
  assertCan(ctx, "records:read");
  const { object, limit, cursor, country } = listDuplicatesSchema.parse(input);
  return withOrg(ctx, async (tx) => {
    const defaultCountry = await resolveDefaultCountry(tx, ctx, country);
    const pairs: DuplicatePair[] = [];
    let after = cursor;
    let scanned = 0;
    let exhausted = false;
    while (pairs.length < limit && scanned < MAX_SCAN) {
      const batch = await loadBatch(tx, ctx, object, after);
      scanned += batch.length;
      if (batch.length < BATCH) exhausted = true;
      const last = batch.at(-1);
      if (!last) break;
      after = last.summary.id;
      const found = await findCandidatePairs(
        tx,
        ctx,
        object,
        batch.map((r) => r.probe),
        "after",
      );
      const probes = new Map(batch.map((r) => [r.summary.id, r]));
      const others = await loadRecords(
        tx,
        ctx,
        object,
        found.map((p) => p.candidateId),
      );
      for (const pair of found) {
        const a = pair.probeId ? probes.get(pair.probeId) : undefined;
        const b = others.get(pair.candidateId);
        if (!a || !b) continue;
        const { score, reasons } = scorePair(a.subject, b.subject, pair.nameSimilarity, defaultCountry);
        if (score > 0) pairs.push({ a: a.summary, b: b.summary, score, reasons });
      }
      if (exhausted) break;
    }
    pairs.sort((x, y) => y.score - x.score || x.a.id.localeCompare(y.a.id));
    return { data: pairs, nextCursor: exhausted ? null : (after ?? null) };
  });
}

async function loadBatch(
  tx: Tx,
  ctx: Ctx,
  object: "contacts" | "companies",
  after: string | undefined,
): Promise<LoadedRecord[]> {
  if (object === "contacts") {
    const rows = await tx
      .select()
      .from(contacts)
      .where(
        and(visibleRecords(ctx, contacts, "contacts"), after ? gt(contacts.id, after) : undefined) as SQL,
      )
      .orderBy(asc(contacts.id))
      .limit(BATCH);
    return rows.map(loadContact);
  }
  const rows = await tx
    .select()
    .from(companies)
    .where(
      and(visibleRecords(ctx, companies, "companies"), after ? gt(companies.id, after) : undefined) as SQL,
    )
    .orderBy(asc(companies.id))
    .limit(BATCH);
  return rows.map(loadCompany);
}
