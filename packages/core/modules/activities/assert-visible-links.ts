import type { Tx } from "../../db/client";
import type { Ctx } from "../../platform/context";
import { companies } from "../companies/tables";
import { contacts } from "../contacts/tables";
import { deals } from "../deals/tables";
import { assertReferences } from "../records/assert-references";
import { findVisibleRecord } from "../records/record-access";

export type Links = { contactId?: string | null; companyId?: string | null; dealId?: string | null };

/**
 * Linked records must exist in the org (422 otherwise) and be visible to the caller (404), so
 * nobody attaches notes or tasks to records they cannot open.
 */
export async function assertVisibleLinks(tx: Tx, ctx: Ctx, links: Links): Promise<void> {
  await assertReferences(tx, ctx, links);
  if (links.contactId) await findVisibleRecord(tx, ctx, contacts, "contacts", links.contactId);
  if (links.companyId) await findVisibleRecord(tx, ctx, companies, "companies", links.companyId);
  if (links.dealId) await findVisibleRecord(tx, ctx, deals, "deals", links.dealId);
}
