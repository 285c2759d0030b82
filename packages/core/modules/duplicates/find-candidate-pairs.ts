import { type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "../../db/client";
import type { Ctx } from "../../platform/context";
import { companies } from "../companies/tables";
import { contacts } from "../contacts/tables";
import { visibleRecords } from "../records/visibility";
import { NAME_SIMILARITY_MIN } from "./score-pair";
import { type DuplicateObject, duplicateDismissals } from "./tables";

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
 * Candidate look-alikes of each probe among the records the caller may see, found through the
 * blocking-key indexes (emails, phone suffix, domain) and trigram neighbours of the name. "after"
 * keeps only candidates with a larger id, so a scan reports each pair once. Dismissed pairs are left out.
 * The caller scores the pairs; a phone-suffix candidate may still turn out to be another number.
 */
export async function findCandidatePairs(
  tx: Tx,
  ctx: Ctx,
  object: DuplicateObject,
  probes: Probe[],
  mode: "after" | "other",
): Promise<CandidatePair[]> {
  if (probes.length === 0) return [];
  await tx.execute(
    sql`select set_config('pg_trgm.similarity_threshold', ${String(NAME_SIMILARITY_MIN)}, true)`,
  );
  const query = object === "contacts" ? contactQuery(ctx, probes, mode) : companyQuery(ctx, probes, mode);
  const result = await tx.execute(query);
  return z
    .array(pairRow)
    .parse((result as unknown as { rows: unknown[] }).rows)
    .map((r) => ({ probeId: r.probe_id, candidateId: r.candidate_id, nameSimilarity: r.name_similarity }));
}

function guard(ctx: Ctx, object: DuplicateObject, id: SQL, mode: "after" | "other"): SQL {
  const order = mode === "after" ? sql`${id} > p.id` : sql`${id} <> p.id`;
  return sql`(p.id is null or ${order}) and not exists (select 1 from ${duplicateDismissals} d
    where d.org_id = ${ctx.orgId} and d.object = ${object}
      and d.record_a = least(p.id, ${id}) and d.record_b = greatest(p.id, ${id}))`;
}

function contactQuery(ctx: Ctx, probes: Probe[], mode: "after" | "other"): SQL {
  const visible = visibleRecords(ctx, contacts, "contacts");
  const g = guard(ctx, "contacts", sql`${contacts.id}`, mode);
  const name = sql`lower(${contacts.firstName} || ' ' || ${contacts.lastName})`;
  return sql`
    select p.id as probe_id, c.id as candidate_id,
           similarity(lower(c.first_name || ' ' || c.last_name), lower(p.name)) as name_similarity
      from jsonb_to_recordset(${JSON.stringify(probes)}::jsonb)
           as p(id uuid, name text, email text, emails text[], phones jsonb)
      cross join lateral (
        (select ${contacts.id} as id from ${contacts} where ${visible} and ${g}
           and dup_email_keys(${contacts.email}, ${contacts.emails}) && dup_email_keys(p.email, p.emails)
           limit ${PER_KEY})
        union
        (select ${contacts.id} from ${contacts} where ${visible} and ${g}
           and dup_phone_keys(${contacts.phones}) && dup_phone_keys(p.phones)
           limit ${PER_KEY})
        union
        (select ${contacts.id} from ${contacts} where ${visible} and ${g}
           and ${name} % lower(p.name)
           order by similarity(${name}, lower(p.name)) desc limit ${PER_NAME})
      ) cand
      join ${contacts} c on c.id = cand.id`;
}

function companyQuery(ctx: Ctx, probes: Probe[], mode: "after" | "other"): SQL {
  const visible = visibleRecords(ctx, companies, "companies");
  const g = guard(ctx, "companies", sql`${companies.id}`, mode);
  const name = sql`lower(${companies.name})`;
  return sql`
    select p.id as probe_id, c.id as candidate_id,
           similarity(lower(c.name), lower(p.name)) as name_similarity
      from jsonb_to_recordset(${JSON.stringify(probes)}::jsonb)
           as p(id uuid, name text, domain text, website text, phone text)
      cross join lateral (
        (select ${companies.id} as id from ${companies} where ${visible} and ${g}
           and dup_domain_keys(${companies.domain}, ${companies.website}) && dup_domain_keys(p.domain, p.website)
           limit ${PER_KEY})
        union
        (select ${companies.id} from ${companies} where ${visible} and ${g}
           and dup_phone_key(${companies.phone}) = dup_phone_key(p.phone)
           limit ${PER_KEY})
        union
        (select ${companies.id} from ${companies} where ${visible} and ${g}
           and ${name} % lower(p.name)
           order by similarity(${name}, lower(p.name)) desc limit ${PER_NAME})
      ) cand
      join ${companies} c on c.id = cand.id`;
}
