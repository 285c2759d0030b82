import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import { activities } from "../activities/tables";
import { contacts } from "../contacts/tables";
import { deals } from "../deals/tables";
import { leads } from "../leads/tables";
import { tasks } from "../tasks/tables";

/** A column of another table that points at the merged record and moves to the survivor. */
export type MergeRef = { key: string; table: PgTable; id: AnyPgColumn; orgId: AnyPgColumn; fk: AnyPgColumn };

/** How records of a type merge (the record-type registry, records/record-types.ts, holds each type's). */
export type MergeConfig = {
  /** Fields chosen per record in the merge screen, in the order shown. */
  fields: readonly string[];
  /** Fields that travel with another one (revenue and its currency). */
  companions: Readonly<Record<string, string>>;
  /** Fields whose values are united instead of chosen. */
  united: readonly string[];
  refs: MergeRef[];
};

const ref = (
  key: string,
  table: PgTable,
  id: AnyPgColumn,
  orgId: AnyPgColumn,
  fk: AnyPgColumn,
): MergeRef => ({
  key,
  table,
  id,
  orgId,
  fk,
});

export const contactMerge: MergeConfig = {
  fields: [
    "firstName",
    "lastName",
    "email",
    "title",
    "companyId",
    "ownerId",
    "leadStatus",
    "leadScore",
    "source",
    "doNotContact",
  ],
  companions: {},
  united: ["emails", "phones", "tags"],
  refs: [
    ref("activities.contact_id", activities, activities.id, activities.orgId, activities.contactId),
    ref("tasks.contact_id", tasks, tasks.id, tasks.orgId, tasks.contactId),
    ref("deals.primary_contact_id", deals, deals.id, deals.orgId, deals.primaryContactId),
    ref("leads.converted_contact_id", leads, leads.id, leads.orgId, leads.convertedContactId),
  ],
};

export const companyMerge: MergeConfig = {
  fields: [
    "name",
    "domain",
    "website",
    "industry",
    "sizeBand",
    "annualRevenue",
    "phone",
    "address",
    "ownerId",
  ],
  companions: { annualRevenue: "annualRevenueCurrency" },
  united: ["tags"],
  refs: [
    ref("activities.company_id", activities, activities.id, activities.orgId, activities.companyId),
    ref("tasks.company_id", tasks, tasks.id, tasks.orgId, tasks.companyId),
    ref("deals.company_id", deals, deals.id, deals.orgId, deals.companyId),
    ref("contacts.company_id", contacts, contacts.id, contacts.orgId, contacts.companyId),
    ref("leads.converted_company_id", leads, leads.id, leads.orgId, leads.convertedCompanyId),
  ],
};

/** Columns a merge changes on the survivor and the merged records, and which undo puts back. */
export function restorableColumns(config: MergeConfig): string[] {
  return [
    ...config.fields,
    ...Object.values(config.companions),
    ...config.united,
    "custom",
    "deletedAt",
    "updatedAt",
  ];
}

export const isEmptyValue = (value: unknown): boolean =>
  value === null ||
  value === undefined ||
  value === "" ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === "object" && !Array.isArray(value) && Object.keys(value as object).length === 0);
