import { and, asc, eq } from "drizzle-orm";
import type { Tx } from "../../db/client";
import type { Ctx } from "../../platform/context";
import { dealContacts } from "./tables";

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
