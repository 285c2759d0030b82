"use server";
import { leadOperations as op } from "@crm/core/modules/leads/operations";
import type { ConvertLeadInput, CreateLeadInput, UpdateLeadInput } from "@crm/core/modules/leads/schemas";
import { runOrgOperation } from "@/lib/operation-action";

export async function createLeadAction(slug: string, input: CreateLeadInput) {
  const result = await runOrgOperation(slug, op.create, input);
  return result.ok ? { ok: true as const, data: result.data.id } : result;
}

export async function updateLeadAction(slug: string, id: string, patch: UpdateLeadInput) {
  const result = await runOrgOperation(slug, op.update, { id, patch });
  return result.ok ? { ok: true as const, data: undefined } : result;
}

export async function deleteLeadAction(slug: string, id: string) {
  const result = await runOrgOperation(slug, op.delete, { id });
  return result.ok ? { ok: true as const, data: undefined } : result;
}

/** Converts a lead; answers the ids of what was created, for the page to go to. */
export async function convertLeadAction(slug: string, id: string, input: ConvertLeadInput) {
  const result = await runOrgOperation(slug, op.convert, { ...input, id });
  if (!result.ok) return result;
  const { contact, company, deal } = result.data;
  return {
    ok: true as const,
    data: { contactId: contact.id, companyId: company?.id ?? null, dealId: deal?.id ?? null },
  };
}
