"use server";
import { createOrganization } from "@crm/core/modules/orgs/create-organization";
import type { CreateOrganizationInput } from "@crm/core/modules/orgs/schemas";
import { redirect } from "next/navigation";
import { runAction } from "@/lib/actions";
import { getSession } from "@/lib/session";

export async function createOrganizationAction(input: CreateOrganizationInput) {
  const session = await getSession();
  if (!session) redirect("/sign-in");
  return runAction(() => createOrganization(session.user.id, input));
}
