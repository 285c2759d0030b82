import { and, asc, eq } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import type { ListCustomFieldsData } from "./schemas";
import { customFieldDefinitions } from "./tables";

/** The org's field definitions (every member reads them: forms and lists need them). */
export async function listCustomFields(ctx: Ctx, { object }: ListCustomFieldsData = {}) {
  assertCan(ctx, "records:read");
  return withOrg(ctx, (tx) =>
    tx
      .select()
      .from(customFieldDefinitions)
      .where(
        and(
          eq(customFieldDefinitions.orgId, ctx.orgId),
          object ? eq(customFieldDefinitions.object, object) : undefined,
        ),
      )
      .orderBy(
        asc(customFieldDefinitions.object),
        asc(customFieldDefinitions.position),
        asc(customFieldDefinitions.label),
      ),
  );
}
