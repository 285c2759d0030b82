import type { Tx } from "../../db/client";
import { newId } from "../../platform/ids";
import { recordAudit } from "../audit/record-audit";
import { createDefaultPipeline } from "../deals/create-default-pipeline";
import { slugify } from "./slugify";
import { members, organizations, orgSettings } from "./tables";

/** The rows of a new organization with `adminUserId` as its admin, inside the caller's transaction. */
export async function insertOrganization(
  tx: Tx,
  input: { name: string; adminUserId: string; defaultCurrency: string; timeZone: string },
) {
  const orgId = newId();
  const slug = slugify(input.name);
  await tx.insert(organizations).values({ id: orgId, name: input.name, slug });
  await tx
    .insert(members)
    .values({ id: newId(), organizationId: orgId, userId: input.adminUserId, role: "admin" });
  await tx
    .insert(orgSettings)
    .values({ orgId, defaultCurrency: input.defaultCurrency, timeZone: input.timeZone });
  await recordAudit(
    tx,
    { orgId, userId: input.adminUserId },
    {
      action: "org.create",
      entityType: "organization",
      entityId: orgId,
      after: { name: input.name, slug, defaultCurrency: input.defaultCurrency, timeZone: input.timeZone },
    },
  );
  await createDefaultPipeline(tx, orgId, input.adminUserId);
  return { orgId, slug };
}
