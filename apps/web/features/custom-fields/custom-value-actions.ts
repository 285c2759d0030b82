"use server";
import { updateCompany } from "@crm/core/modules/companies/update-company";
import { updateContact } from "@crm/core/modules/contacts/update-contact";
import { customFieldOperations } from "@crm/core/modules/custom-fields/operations";
import { updateDeal } from "@crm/core/modules/deals/update-deal";
import { updateLead } from "@crm/core/modules/leads/update-lead";
import { updateTask } from "@crm/core/modules/tasks/update-task";
import type { Ctx } from "@crm/core/platform/context";
import { z } from "zod";
import { runOrgAction } from "@/lib/actions";
import { runOrgOperation } from "@/lib/operation-action";
import { CUSTOM_FIELD_OBJECTS, type CustomFieldObject } from "./custom-field-objects";

const objectSchema = z.enum(CUSTOM_FIELD_OBJECTS);

const UPDATE: Record<
  CustomFieldObject,
  (ctx: Ctx, id: string, input: { custom: Record<string, unknown> }) => Promise<unknown>
> = {
  contacts: updateContact,
  companies: updateCompany,
  leads: updateLead,
  deals: updateDeal,
  tasks: updateTask,
};

/** The definitions a record form shows (fetched when the form opens, so every form gets them the same way). */
export async function listCustomFieldsAction(slug: string, object: CustomFieldObject) {
  return runOrgOperation(slug, customFieldOperations.list, { object });
}

/** Sets (or, with null, clears) custom values of one record through its type's update service. */
export async function updateCustomValuesAction(
  slug: string,
  object: CustomFieldObject,
  id: string,
  custom: Record<string, unknown>,
) {
  return runOrgAction("customFields.updateValues", slug, async (ctx) => {
    await UPDATE[objectSchema.parse(object)](ctx, z.uuid().parse(id), {
      custom: z.record(z.string(), z.unknown()).parse(custom),
    });
  });
}
