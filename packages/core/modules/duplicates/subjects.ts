import { and, inArray, type SQL } from "drizzle-orm";
import type { Tx } from "../../db/client";
import type { Ctx } from "../../platform/context";
import { type Company, companies } from "../companies/tables";
import { contactName } from "../contacts/contact-name";
import { type Contact, contacts } from "../contacts/tables";
import { visibleRecords } from "../records/visibility";
import type { CompanyProbe, ContactProbe } from "./find-candidate-pairs";
import { type DupeSubject, domainKeys, emailKeys } from "./score-pair";
import type { DuplicateObject } from "./tables";

/** How a record shows in a duplicate pair: enough to tell the two apart at a glance. */
export type DupeSummary = {
  id: string;
  name: string;
  detail: string | null;
  ownerId: string | null;
  updatedAt: Date;
};

export type LoadedRecord = { subject: DupeSubject; summary: DupeSummary; probe: ContactProbe | CompanyProbe };

export function contactSubject(
  c: Pick<Contact, "firstName" | "lastName" | "email" | "emails" | "phones" | "companyId">,
): DupeSubject {
  return {
    name: contactName(c),
    emails: emailKeys([c.email, ...c.emails]),
    phones: c.phones.map((p) => p.number),
    domains: [],
    companyId: c.companyId,
    nameParts: { first: c.firstName, last: c.lastName },
  };
}

export function companySubject(c: Pick<Company, "name" | "domain" | "website" | "phone">): DupeSubject {
  return {
    name: c.name,
    emails: [],
    phones: c.phone ? [c.phone] : [],
    domains: domainKeys([c.domain, c.website]),
    companyId: null,
  };
}

export function loadContact(c: Contact): LoadedRecord {
  return {
    subject: contactSubject(c),
    summary: {
      id: c.id,
      name: contactName(c),
      detail: c.email ?? c.phones[0]?.number ?? null,
      ownerId: c.ownerId,
      updatedAt: c.updatedAt,
    },
    probe: { id: c.id, name: contactName(c), email: c.email, emails: c.emails, phones: c.phones },
  };
}

export function loadCompany(c: Company): LoadedRecord {
  return {
    subject: companySubject(c),
    summary: {
      id: c.id,
      name: c.name,
      detail: c.domain ?? c.website ?? c.phone,
      ownerId: c.ownerId,
      updatedAt: c.updatedAt,
    },
    probe: { id: c.id, name: c.name, domain: c.domain, website: c.website, phone: c.phone },
  };
}

/** Records by id that the caller may see (the candidate functions do not apply visibility). */
export async function loadRecords(
  tx: Tx,
  ctx: Ctx,
  object: DuplicateObject,
  ids: string[],
): Promise<Map<string, LoadedRecord>> {
  const out = new Map<string, LoadedRecord>();
  if (ids.length === 0) return out;
  if (object === "contacts") {
    const rows = await tx
      .select()
      .from(contacts)
      .where(and(visibleRecords(ctx, contacts, "contacts"), inArray(contacts.id, ids)) as SQL);
    for (const row of rows) out.set(row.id, loadContact(row));
  } else {
    const rows = await tx
      .select()
      .from(companies)
      .where(and(visibleRecords(ctx, companies, "companies"), inArray(companies.id, ids)) as SQL);
    for (const row of rows) out.set(row.id, loadCompany(row));
  }
  return out;
}
