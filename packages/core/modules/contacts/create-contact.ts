import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { newId } from "../../platform/ids";
import { assertCan } from "../../platform/permissions";
import { recordAudit } from "../audit/record-audit";
import { listCustomFieldDefs, validateCustomValues } from "../custom-fields/custom-values";
import { assertReferences } from "../records/assert-references";
import { assertCanAssign } from "../records/record-access";
import type { CreateContactData } from "./schemas";
import { contacts } from "./tables";

/** Creates a contact from input already parsed by `createContactSchema` (the operation `contacts.create`). */
export async function createContact(ctx: Ctx, data: CreateContactData) {
  assertCan(ctx, "records:write");
  const ownerId = data.ownerId === undefined ? ctx.userId : data.ownerId;
  assertCanAssign(ctx, null, ownerId === ctx.userId ? undefined : ownerId);
  return withOrg(ctx, async (tx) => {
    await assertReferences(tx, ctx, { companyId: data.companyId, ownerId });
    const custom = validateCustomValues(await listCustomFieldDefs(tx, ctx, "contacts"), data.custom, {
      creating: true,
    });
    const [row] = await tx
      .insert(contacts)
      .values({ ...data, id: newId(), orgId: ctx.orgId, ownerId, custom, createdBy: ctx.userId })
      .returning();
    if (!row) throw new Error("insert returned no row");
    await recordAudit(tx, ctx, {
      action: "contact.create",
      entityType: "contact",
      entityId: row.id,
      after: row,
    });
    return row;
  });
}
