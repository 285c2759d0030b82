"use server";
import { createOrganization } from "@crm/core/modules/orgs/create-organization";
import type { CreateOrganizationInput } from "@crm/core/modules/orgs/schemas";
import { runUserAction } from "@/lib/actions";

export async function createOrganizationAction(input: CreateOrganizationInput) {
  return runUserAction("orgs.create", (user) => createOrganization(user.id, input));
}
