import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Tx } from "../../db/client";
import type { Ctx } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { contacts } from "../contacts/tables";
import { dealContacts } from "./tables";

/** Every id must be a contact of the caller's org that is not in the trash (foreign keys ignore tenants). */
export async function assertContactsInOrg(tx: Tx, ctx: Ctx, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const found = await tx
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.orgId, ctx.orgId), inArray(contacts.id, ids), isNull(contacts.deletedAt)));
  if (found.length !== ids.length) {
    throw new AppError("unprocessable", "Some referenced records do not exist", {
      fieldErrors: { contactIds: ["Not found in this organization"] },
    });
  }
}

/** Replaces the deal's additional contacts; the primary contact is never listed twice. */
export async function replaceDealContacts(
  tx: Tx,
  ctx: Ctx,
  dealId: string,
  contactIds: string[],
  primaryContactId: string | null,
): Promise<string[]> {
  const ids = contactIds.filter((id) => id !== primaryContactId);
  await tx
    .delete(dealContacts)
    .where(and(eq(dealContacts.orgId, ctx.orgId), eq(dealContacts.dealId, dealId)));
  if (ids.length > 0) {
    await tx.insert(dealContacts).values(ids.map((contactId) => ({ orgId: ctx.orgId, dealId, contactId })));
  }
  return ids;
}

export async function listDealContactIds(tx: Tx, orgId: string, dealId: string): Promise<string[]> {
  const rows = await tx
    .select({ contactId: dealContacts.contactId })
    .from(dealContacts)
    .where(and(eq(dealContacts.orgId, orgId), eq(dealContacts.dealId, dealId)))
    .orderBy(asc(dealContacts.contactId));
  return rows.map((r) => r.contactId);
}
