import { eq } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { recordAudit } from "../audit/record-audit";
import { listCustomFieldDefs, validateCustomValues } from "../custom-fields/custom-values";
import { assertReferences } from "../records/assert-references";
import { assertCanAssign, findWritableRecord } from "../records/record-access";
import { logSystemActivity } from "../records/system-activity";
import type { UpdateContactData } from "./schemas";
import { type Contact, contacts } from "./tables";

/** Changes a contact with input already parsed by `updateContactSchema` (the operation `contacts.update`). */
export async function updateContact(ctx: Ctx, id: string, data: UpdateContactData) {
  return withOrg(ctx, async (tx) => {
    const before = await findWritableRecord<Contact>(tx, ctx, contacts, "contacts", id);
    assertCanAssign(ctx, before.ownerId, data.ownerId);
    await assertReferences(
      tx,
      ctx,
      { companyId: data.companyId, ownerId: data.ownerId },
      { companyId: before.companyId, ownerId: before.ownerId },
    );
    const custom =
      data.custom === undefined
        ? undefined
        : validateCustomValues(await listCustomFieldDefs(tx, ctx, "contacts"), data.custom, {
            existing: before.custom,
            creating: false,
          });
    const [after] = await tx
      .update(contacts)
      .set({ ...data, custom, updatedAt: new Date() })
      .where(eq(contacts.id, id))
      .returning();
    if (!after) throw new Error("update returned no row");
    if (data.ownerId !== undefined && data.ownerId !== before.ownerId) {
      await logSystemActivity(tx, ctx, {
        subject: "Owner changed",
        event: { kind: "owner_changed", from: before.ownerId, to: after.ownerId },
        contactId: id,
      });
    }
    await recordAudit(tx, ctx, {
      action: "contact.update",
      entityType: "contact",
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
