"use server";
import { convertLead } from "@crm/core/modules/leads/convert-lead";
import { createLead } from "@crm/core/modules/leads/create-lead";
import { deleteLead } from "@crm/core/modules/leads/delete-lead";
import type { ConvertLeadInput, CreateLeadInput, UpdateLeadInput } from "@crm/core/modules/leads/schemas";
import { updateLead } from "@crm/core/modules/leads/update-lead";
import { z } from "zod";
import { runOrgAction } from "@/lib/actions";

export async function createLeadAction(slug: string, input: CreateLeadInput) {
  return runOrgAction("leads.create", slug, async (ctx) => (await createLead(ctx, input)).id);
}

export async function updateLeadAction(slug: string, id: string, input: UpdateLeadInput) {
  return runOrgAction("leads.update", slug, async (ctx) => {
    await updateLead(ctx, z.uuid().parse(id), input);
  });
}

export async function deleteLeadAction(slug: string, id: string) {
  return runOrgAction("leads.delete", slug, async (ctx) => {
    await deleteLead(ctx, z.uuid().parse(id));
  });
}

/** Converts a lead; answers the ids of what was created, for the page to go to. */
export async function convertLeadAction(slug: string, id: string, input: ConvertLeadInput) {
  return runOrgAction("leads.convert", slug, async (ctx) => {
    const result = await convertLead(ctx, z.uuid().parse(id), input);
    return {
      contactId: result.contact.id,
      companyId: result.company?.id ?? null,
      dealId: result.deal?.id ?? null,
    };
  });
}
