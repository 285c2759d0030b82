import type { Tx } from "../../db/client";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import { resolveDefaultCountry } from "./default-country";
import { findCandidatePairs, type Probe } from "./find-candidate-pairs";
import {
  type FindSimilarCompanyInput,
  type FindSimilarContactInput,
  findSimilarCompanySchema,
  findSimilarContactSchema,
} from "./schemas";
import { type DupeReason, scorePair } from "./score-pair";
import { companySubject, contactSubject, type DupeSummary, loadRecords } from "./subjects";

export type SimilarRecord = DupeSummary & { score: number; reasons: DupeReason[] };

// A warning interrupts someone creating a record: only a shared key or a very similar name.
const WARN_NAME_SIMILARITY = 0.6;
const worthWarning = (reasons: DupeReason[]) =>
  reasons.some((r) => (r.kind === "name" ? r.similarity >= WARN_NAME_SIMILARITY : r.kind !== "sameCompany"));
const MAX_RESULTS = 5;

type Options = { defaultCountry?: string; excludeId?: string };

/**
 * Existing contacts that look like the one about to be created (same email or phone, very similar
 * name), best first. Used by the create dialog and by the import; `findSimilarContactsInTx` runs in
 * the caller's transaction.
 */
export async function findSimilarContacts(ctx: Ctx, input: FindSimilarContactInput, options: Options = {}) {
  assertCan(ctx, "records:read");
  return withOrg(ctx, (tx) => findSimilarContactsInTx(tx, ctx, input, options));
}

export async function findSimilarContactsInTx(
  tx: Tx,
  ctx: Ctx,
  input: FindSimilarContactInput,
  options: Options = {},
): Promise<SimilarRecord[]> {
  const data = findSimilarContactSchema.parse(input);
  const candidate = {
    firstName: data.firstName ?? "",
    lastName: data.lastName ?? "",
    email: data.email || null,
    emails: data.emails ?? [],
    phones: (data.phones ?? []).map((p) => ({ label: "", number: p.number })),
    companyId: null,
  };
  const subject = contactSubject(candidate);
  const probe: Probe = {
    id: options.excludeId ?? null,
    name: subject.name,
    email: candidate.email,
    emails: candidate.emails,
    phones: candidate.phones,
  };
  return rank(tx, ctx, "contacts", probe, subject, options);
}

/** Existing companies with the same domain or phone, or a very similar name. */
export async function findSimilarCompanies(ctx: Ctx, input: FindSimilarCompanyInput, options: Options = {}) {
  assertCan(ctx, "records:read");
  return withOrg(ctx, (tx) => findSimilarCompaniesInTx(tx, ctx, input, options));
}

export async function findSimilarCompaniesInTx(
  tx: Tx,
  ctx: Ctx,
  input: FindSimilarCompanyInput,
  options: Options = {},
): Promise<SimilarRecord[]> {
  const data = findSimilarCompanySchema.parse(input);
  const candidate = {
    name: data.name ?? "",
    domain: data.domain || null,
    website: data.website || null,
    phone: data.phone || null,
  };
  const probe: Probe = { id: options.excludeId ?? null, ...candidate };
  return rank(tx, ctx, "companies", probe, companySubject(candidate), options);
}

async function rank(
  tx: Tx,
  ctx: Ctx,
  object: "contacts" | "companies",
  probe: Probe,
  subject: ReturnType<typeof contactSubject>,
  options: Options,
): Promise<SimilarRecord[]> {
  if (
    !probe.name &&
    subject.emails.length === 0 &&
    subject.phones.length === 0 &&
    subject.domains.length === 0
  ) {
    return [];
  }
  const country = await resolveDefaultCountry(tx, ctx, options.defaultCountry);
  const pairs = await findCandidatePairs(tx, object, [probe], "other");
  const records = await loadRecords(
    tx,
    ctx,
    object,
    pairs.map((p) => p.candidateId),
  );
  const out: SimilarRecord[] = [];
  for (const pair of pairs) {
    const record = records.get(pair.candidateId);
    if (!record) continue;
    const { score, reasons } = scorePair(subject, record.subject, pair.nameSimilarity, country);
    if (worthWarning(reasons)) out.push({ ...record.summary, score, reasons });
  }
  return out.sort((x, y) => y.score - x.score).slice(0, MAX_RESULTS);
}
