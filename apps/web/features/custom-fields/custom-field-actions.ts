"use server";
import { customFieldOperations as op } from "@crm/core/modules/custom-fields/operations";
import type { CreateCustomFieldInput, UpdateCustomFieldInput } from "@crm/core/modules/custom-fields/schemas";
import { runOrgOperation } from "@/lib/operation-action";

export async function createCustomFieldAction(slug: string, input: CreateCustomFieldInput) {
  const result = await runOrgOperation(slug, op.create, input);
  return result.ok ? { ok: true as const, data: undefined } : result;
}

export async function updateCustomFieldAction(slug: string, id: string, patch: UpdateCustomFieldInput) {
  const result = await runOrgOperation(slug, op.update, { id, patch });
  return result.ok ? { ok: true as const, data: undefined } : result;
}

/** Returns how many records lost their value for the field. */
export async function deleteCustomFieldAction(slug: string, id: string) {
  return runOrgOperation(slug, op.delete, { id }, (output) => output.recordsChanged);
}
