"use server";
import { contactOperations as op } from "@crm/core/modules/contacts/operations";
import type { CreateContactInput, UpdateContactInput } from "@crm/core/modules/contacts/schemas";
import { runOrgOperation } from "@/lib/operation-action";

export async function createContactAction(slug: string, input: CreateContactInput) {
  const result = await runOrgOperation(slug, op.create, input);
  return result.ok ? { ok: true as const, data: result.data.id } : result;
}

export async function updateContactAction(slug: string, id: string, patch: UpdateContactInput) {
  const result = await runOrgOperation(slug, op.update, { id, patch });
  return result.ok ? { ok: true as const, data: undefined } : result;
}

export async function deleteContactAction(slug: string, id: string) {
  const result = await runOrgOperation(slug, op.delete, { id });
  return result.ok ? { ok: true as const, data: undefined } : result;
}
