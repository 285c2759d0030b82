import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { newId } from "../../platform/ids";
import { assertCan } from "../../platform/permissions";
import { recordAudit } from "../audit/record-audit";
import { listCustomFieldDefs, validateCustomValues } from "../custom-fields/custom-values";
import { assertReferences } from "../records/assert-references";
import { assertCanAssign } from "../records/record-access";
import { type CreateCompanyData, normalizeDomain } from "./schemas";
import { companies } from "./tables";

/** Creates a company from input already parsed by `createCompanySchema` (the operation `companies.create`). */
export async function createCompany(ctx: Ctx, data: CreateCompanyData) {
  assertCan(ctx, "records:write");
  const ownerId = data.ownerId === undefined ? ctx.userId : data.ownerId;
  assertCanAssign(ctx, null, ownerId === ctx.userId ? undefined : ownerId);
  // Matching (lead conversion, duplicates) works on the domain, so a website alone still provides one.
  const domain = data.domain === undefined && data.website ? normalizeDomain(data.website) : data.domain;
  return withOrg(ctx, async (tx) => {
    await assertReferences(tx, ctx, { ownerId });
    const custom = validateCustomValues(await listCustomFieldDefs(tx, ctx, "companies"), data.custom, {
      creating: true,
    });
    const [row] = await tx
      .insert(companies)
      .values({ ...data, domain, id: newId(), orgId: ctx.orgId, ownerId, custom, createdBy: ctx.userId })
      .returning();
    if (!row) throw new Error("insert returned no row");
    await recordAudit(tx, ctx, {
      action: "company.create",
      entityType: "company",
      entityId: row.id,
      after: row,
    });
    return row;
  });
}
