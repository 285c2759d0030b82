"use server";
import { createCompany } from "@crm/core/modules/companies/create-company";
import { deleteCompany } from "@crm/core/modules/companies/delete-company";
import type { CreateCompanyInput, UpdateCompanyInput } from "@crm/core/modules/companies/schemas";
import { updateCompany } from "@crm/core/modules/companies/update-company";
import { z } from "zod";
import { runOrgAction } from "@/lib/actions";

export async function createCompanyAction(slug: string, input: CreateCompanyInput) {
  return runOrgAction(slug, async (ctx) => (await createCompany(ctx, input)).id);
}

export async function updateCompanyAction(slug: string, id: string, input: UpdateCompanyInput) {
  return runOrgAction(slug, async (ctx) => {
    await updateCompany(ctx, z.uuid().parse(id), input);
  });
}

export async function deleteCompanyAction(slug: string, id: string) {
  return runOrgAction(slug, async (ctx) => {
    await deleteCompany(ctx, z.uuid().parse(id));
  });
}
