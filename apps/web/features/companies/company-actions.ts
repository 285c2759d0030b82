"use server";
import { companyOperations as op } from "@crm/core/modules/companies/operations";
import type { CreateCompanyInput, UpdateCompanyInput } from "@crm/core/modules/companies/schemas";
import { runOrgOperation } from "@/lib/operation-action";

export async function createCompanyAction(slug: string, input: CreateCompanyInput) {
  const result = await runOrgOperation(slug, op.create, input);
  return result.ok ? { ok: true as const, data: result.data.id } : result;
}

export async function updateCompanyAction(slug: string, id: string, patch: UpdateCompanyInput) {
  const result = await runOrgOperation(slug, op.update, { id, patch });
  return result.ok ? { ok: true as const, data: undefined } : result;
}

export async function deleteCompanyAction(slug: string, id: string) {
  const result = await runOrgOperation(slug, op.delete, { id });
  return result.ok ? { ok: true as const, data: undefined } : result;
}
