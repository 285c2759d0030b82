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
const UPDATE: Record<
  CustomFieldObject,
  (slug: string, id: string, custom: Custom) => Promise<ActionResult<unknown>>
> = {
  contacts: (slug, id, custom) => runOrgOperation(slug, contactOperations.update, { id, patch: { custom } }),
  companies: (slug, id, custom) => runOrgOperation(slug, companyOperations.update, { id, patch: { custom } }),
  leads: (slug, id, custom) => runOrgOperation(slug, leadOperations.update, { id, patch: { custom } }),
  deals: (slug, id, custom) => runOrgOperation(slug, dealOperations.update, { id, patch: { custom } }),
  tasks: (slug, id, custom) => runOrgOperation(slug, taskOperations.update, { id, patch: { custom } }),
};

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
  const result = await UPDATE[object](slug, id, custom);
  return result.ok ? { ok: true, data: undefined } : result;
}
