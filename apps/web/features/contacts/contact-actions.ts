"use server";
import { createContact } from "@crm/core/modules/contacts/create-contact";
import { deleteContact } from "@crm/core/modules/contacts/delete-contact";
import type { CreateContactInput, UpdateContactInput } from "@crm/core/modules/contacts/schemas";
import { updateContact } from "@crm/core/modules/contacts/update-contact";
import { z } from "zod";
import { runOrgAction } from "@/lib/actions";

export async function createContactAction(slug: string, input: CreateContactInput) {
  return runOrgAction(slug, async (ctx) => (await createContact(ctx, input)).id);
}

export async function updateContactAction(slug: string, id: string, input: UpdateContactInput) {
  return runOrgAction(slug, async (ctx) => {
    await updateContact(ctx, z.uuid().parse(id), input);
  });
}

export async function deleteContactAction(slug: string, id: string) {
  return runOrgAction(slug, async (ctx) => {
    await deleteContact(ctx, z.uuid().parse(id));
  });
}
