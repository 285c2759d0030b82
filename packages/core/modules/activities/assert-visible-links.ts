import type { Tx } from "../../db/client";
import type { Ctx } from "../../platform/context";
import { assertReferences } from "../records/assert-references";

export type Links = { contactId?: string | null; companyId?: string | null; dealId?: string | null };

/**
 * Linked records must be ones the caller may see (assertReferences: 422 naming the field, the same
 * for a missing record and an invisible one), so nobody attaches notes or tasks to records they
 * cannot open, nor learns which ids exist.
 */
export async function assertVisibleLinks(tx: Tx, ctx: Ctx, links: Links): Promise<void> {
  await assertReferences(tx, ctx, links);
}
