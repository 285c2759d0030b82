"use server";
import { companyOperations } from "@crm/core/modules/companies/operations";
import { contactOperations } from "@crm/core/modules/contacts/operations";
import { customFieldOperations } from "@crm/core/modules/custom-fields/operations";
import { dealOperations } from "@crm/core/modules/deals/operations";
import { leadOperations } from "@crm/core/modules/leads/operations";
import { taskOperations } from "@crm/core/modules/tasks/operations";
import type { ActionResult } from "@/lib/actions";
import { runOrgOperation } from "@/lib/operation-action";
import { CUSTOM_FIELD_OBJECTS, type CustomFieldObject } from "./custom-field-objects";

type Custom = Record<string, unknown>;

/** Each record type's update operation, given only custom values (the same validation as a PATCH). */
const UPDATE = {
  contacts: contactOperations.update,
  companies: companyOperations.update,
  leads: leadOperations.update,
  deals: dealOperations.update,
  tasks: taskOperations.update,
} satisfies Record<CustomFieldObject, unknown>;

/** The definitions a record form shows (fetched when the form opens, so every form gets them the same way). */
export async function listCustomFieldsAction(slug: string, object: CustomFieldObject) {
  return runOrgOperation(slug, customFieldOperations.list, { object });
}

/** Sets (or, with null, clears) custom values of one record through its type's update operation. */
export async function updateCustomValuesAction(
  slug: string,
  object: CustomFieldObject,
  id: string,
  custom: Custom,
): Promise<ActionResult> {
  if (!CUSTOM_FIELD_OBJECTS.includes(object)) {
    return {
      ok: false,
      error: "Unknown record type",
      code: "unprocessable",
      fieldErrors: { object: ["Unknown record type"] },
    };
  }
  const update = UPDATE[object] as typeof contactOperations.update;
  const result = await runOrgOperation(slug, update, { id, patch: { custom } });
  return result.ok ? { ok: true, data: undefined } : result;
}
