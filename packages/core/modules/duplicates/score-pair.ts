import type { CountryCode } from "libphonenumber-js";
import { normalizeDomain } from "../companies/schemas";
import { type NameParts, namePartsAgree } from "./name-parts";
import { toE164 } from "./phone-key";

/** What duplicate detection compares, the same for a stored record and for a form not yet saved. */
export type DupeSubject = {
  name: string;
  emails: string[];
  phones: string[];
  domains: string[];
  companyId: string | null;
  /** A person's first and last name, compared one by one (relatives share a last name). */
  nameParts?: NameParts;
};

export type DupeReason =
  | { kind: "email"; value: string }
  | { kind: "domain"; value: string }
  | { kind: "phone"; value: string }
  | { kind: "name"; similarity: number }
  | { kind: "sameCompany" };

/** Below this trigram similarity two names are not called similar (also the threshold of migration 0020's candidate functions). */
export const NAME_SIMILARITY_MIN = 0.5;

// How sure each reason alone makes us; several reasons combine as independent evidence. A shared
// phone alone is weak (issue 12.4): colleagues share a switchboard, families a landline, and the
// demo org's 2,000 contacts had 43 pairs of strangers ranked at 80 % above every name match. At 30
// it sits with the least similar names (the list ranks those first), and with a similar name it
// adds up to a likely pair.
const WEIGHT = { email: 0.95, domain: 0.9, phone: 0.3, sameCompanyBoost: 0.2 } as const;
const nameWeight = (similarity: number) => (similarity >= 0.999 ? 0.6 : similarity * 0.6);

export const emailKeys = (values: (string | null | undefined)[]) => [
  ...new Set(values.map((v) => v?.trim().toLowerCase()).filter((v): v is string => !!v)),
];

export const domainKeys = (values: (string | null | undefined)[]) => [
  ...new Set(values.map((v) => (v ? normalizeDomain(v) : null)).filter((v): v is string => !!v)),
];

/** The reasons two subjects look like the same record, and a confidence score from 0 to 100. */
export function scorePair(
  a: DupeSubject,
  b: DupeSubject,
  nameSimilarity: number,
  country: CountryCode,
): { score: number; reasons: DupeReason[] } {
  const reasons: DupeReason[] = [];
  const misses: number[] = [];
  const email = a.emails.find((e) => b.emails.includes(e));
  if (email) {
    reasons.push({ kind: "email", value: email });
    misses.push(1 - WEIGHT.email);
  }
  const domain = a.domains.find((d) => b.domains.includes(d));
  if (domain) {
    reasons.push({ kind: "domain", value: domain });
    misses.push(1 - WEIGHT.domain);
  }
  const numbersOf = (s: DupeSubject) => s.phones.map((p) => toE164(p, country)).filter((p) => p !== null);
  const otherNumbers = numbersOf(b);
  const phone = numbersOf(a).find((p) => otherNumbers.includes(p));
  if (phone) {
    reasons.push({ kind: "phone", value: phone });
    misses.push(1 - WEIGHT.phone);
  }
  const namesAgree = !a.nameParts || !b.nameParts || namePartsAgree(a.nameParts, b.nameParts);
  if (nameSimilarity >= NAME_SIMILARITY_MIN && namesAgree) {
    const similarity = Math.round(nameSimilarity * 100) / 100;
    reasons.push({ kind: "name", similarity });
    const sameCompany = a.companyId !== null && a.companyId === b.companyId;
    if (sameCompany) reasons.push({ kind: "sameCompany" });
    const weight = nameWeight(similarity) + (sameCompany ? WEIGHT.sameCompanyBoost : 0);
    misses.push(1 - Math.min(weight, 0.85));
  }
  if (reasons.length === 0) return { score: 0, reasons };
  const score = Math.round(100 * (1 - misses.reduce((p, m) => p * m, 1)));
  return { score: Math.min(score, 100), reasons };
}
