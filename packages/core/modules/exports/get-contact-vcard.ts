import { eq } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import { recordAudit } from "../audit/record-audit";
import { type Contact, contacts } from "../contacts/tables";
import { nameOf } from "../records/list-record-names";
import { findVisibleRecord } from "../records/record-access";
import { buildVCard, vCardFileName } from "./vcard";

/** A contact the caller can see as a vCard; 404 otherwise. The download is audited like any export. */
export async function getContactVCard(ctx: Ctx, id: string): Promise<{ vcard: string; filename: string }> {
  assertCan(ctx, "records:export");
  return withOrg(ctx, async (tx) => {
    const contact = await findVisibleRecord<Contact>(tx, ctx, contacts, "contacts", id);
    const [linked] = await tx
      .select({ company: nameOf(ctx, "companies", contacts.companyId) })
      .from(contacts)
      .where(eq(contacts.id, contact.id));
    const company = linked?.company ?? null;
    await recordAudit(tx, ctx, {
      action: "records.exported",
      entityType: "contacts",
      entityId: contact.id,
      after: { format: "vcard", rowCount: 1, completed: true },
    });
    return { vcard: buildVCard(contact, company), filename: vCardFileName(contact) };
  });
}
