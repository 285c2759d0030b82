import { eq } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { recordAudit } from "../audit/record-audit";
import { listCustomFieldDefs, validateCustomValues } from "../custom-fields/custom-values";
import { assertReferences } from "../records/assert-references";
import { assertCanAssign, findWritableRecord } from "../records/record-access";
import { logSystemActivity } from "../records/system-activity";
import { revenueNeedsCurrency, type UpdateCompanyData } from "./schemas";
import { type Company, companies } from "./tables";

/** Changes a company with input already parsed by `updateCompanySchema` (the operation `companies.update`). */
export async function updateCompany(ctx: Ctx, id: string, data: UpdateCompanyData) {
  return withOrg(ctx, async (tx) => {
    const before = await findWritableRecord<Company>(tx, ctx, companies, "companies", id);
    assertCanAssign(ctx, before.ownerId, data.ownerId);
    await assertReferences(tx, ctx, { ownerId: data.ownerId });
    const revenue = data.annualRevenue === undefined ? before.annualRevenue : data.annualRevenue;
    const currency =
      data.annualRevenueCurrency === undefined ? before.annualRevenueCurrency : data.annualRevenueCurrency;
    if (revenueNeedsCurrency(revenue, currency)) {
      throw new AppError("unprocessable", "Annual revenue needs a currency", {
        fieldErrors: { annualRevenueCurrency: ["Required"] },
      });
    }
    // Clearing the revenue clears its currency too, unless the request sets one.
    const annualRevenueCurrency =
      data.annualRevenue === null && data.annualRevenueCurrency === undefined
        ? null
        : data.annualRevenueCurrency;
    const custom =
      data.custom === undefined
        ? undefined
        : validateCustomValues(await listCustomFieldDefs(tx, ctx, "companies"), data.custom, {
            existing: before.custom,
            creating: false,
          });
    const [after] = await tx
      .update(companies)
      .set({ ...data, annualRevenueCurrency, custom, updatedAt: new Date() })
      .where(eq(companies.id, id))
      .returning();
    if (!after) throw new Error("update returned no row");
    if (data.ownerId !== undefined && data.ownerId !== before.ownerId) {
      await logSystemActivity(tx, ctx, {
        subject: "Owner changed",
        event: { kind: "owner_changed", from: before.ownerId, to: after.ownerId },
        companyId: id,
      });
    }
    await recordAudit(tx, ctx, {
      action: "company.update",
      entityType: "company",
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
