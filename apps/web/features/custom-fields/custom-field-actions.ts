"use server";
import { createCustomField } from "@crm/core/modules/custom-fields/create-custom-field";
import { deleteCustomField } from "@crm/core/modules/custom-fields/delete-custom-field";
import type { CreateCustomFieldInput, UpdateCustomFieldInput } from "@crm/core/modules/custom-fields/schemas";
import { updateCustomField } from "@crm/core/modules/custom-fields/update-custom-field";
import { runOrgAction } from "@/lib/actions";

export async function createCustomFieldAction(slug: string, input: CreateCustomFieldInput) {
  return runOrgAction("customFields.create", slug, async (ctx) => {
    await createCustomField(ctx, input);
  });
}

export async function updateCustomFieldAction(slug: string, id: string, input: UpdateCustomFieldInput) {
  return runOrgAction("customFields.update", slug, async (ctx) => {
    await updateCustomField(ctx, id, input);
  });
}

/** Returns how many records lost their value for the field. */
export async function deleteCustomFieldAction(slug: string, id: string) {
  return runOrgAction("customFields.delete", slug, (ctx) => deleteCustomField(ctx, id));
}
