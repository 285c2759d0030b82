"use server";
import type { UpdateOrgSettingsInput } from "@crm/core/modules/orgs/schemas";
import { updateOrgSettings } from "@crm/core/modules/orgs/update-org-settings";
import { runOrgAction } from "@/lib/actions";

export async function updateOrgSettingsAction(slug: string, input: UpdateOrgSettingsInput) {
  return runOrgAction("orgs.updateSettings", slug, async (ctx) => {
    await updateOrgSettings(ctx, input);
  });
}
