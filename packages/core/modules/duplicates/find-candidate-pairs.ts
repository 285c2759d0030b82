import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "../../db/client";
import { executeRows } from "../../db/execute-rows";
import type { DuplicateObject } from "./tables";

/** A record, stored (`id`) or about to be created (`id` null), whose look-alikes we want. */
export type ContactProbe = {
  id: string | null;
  name: string;
  email: string | null;
  emails: string[];
  phones: { number: string }[];
};
export type CompanyProbe = {
  id: string | null;
  name: string;
  domain: string | null;
  website: string | null;
  phone: string | null;
};
export type Probe = ContactProbe | CompanyProbe;

const pairRow = z.object({
  probe_id: z.string().nullable(),
  candidate_id: z.string(),
  name_similarity: z.coerce.number(),
});
export type CandidatePair = { probeId: string | null; candidateId: string; nameSimilarity: number };

// Per blocking key, at most this many candidates per probe: a common name cannot make a scan quadratic.
const PER_KEY = 20;
const PER_NAME = 10;

/**
 * Candidate look-alikes of each probe in the caller's org, found through the blocking-key indexes
 * (emails, phone suffix, domain) and trigram neighbours of the name by dup_contact_candidates /
 * dup_company_candidates (migration 0020, outside RLS so that the indexes answer). "after" keeps
 * only candidates with a larger id, so a scan reports each pair once. Dismissed pairs are left out.
 * Visibility is not applied here: the caller reads the records under it. The caller scores the
 * pairs; a phone-suffix candidate may still turn out to be another number.
 */
export async function findCandidatePairs(
  tx: Tx,
  object: DuplicateObject,
  probes: Probe[],
  mode: "after" | "other",
): Promise<CandidatePair[]> {
  if (probes.length === 0) return [];
  const fn = object === "contacts" ? sql`dup_contact_candidates` : sql`dup_company_candidates`;
  const rows = await executeRows(
    tx,
    sql`select probe_id, candidate_id, name_similarity
          from ${fn}(${JSON.stringify(probes)}::jsonb, ${mode === "after"}, ${PER_KEY}, ${PER_NAME})`,
  );
  return z
    .array(pairRow)
    .parse(rows)
    .map((r) => ({ probeId: r.probe_id, candidateId: r.candidate_id, nameSimilarity: r.name_similarity }));
}
