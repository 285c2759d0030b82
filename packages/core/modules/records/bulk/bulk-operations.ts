import type { z } from "zod";
import { defineOperation } from "../../../platform/operations/define-operation";
import type { RestRoute } from "../../../platform/operations/rest-route";
import { deleteCompany } from "../../companies/delete-company";
import { updateCompanySchema } from "../../companies/schemas";
import { companies } from "../../companies/tables";
import { updateCompany } from "../../companies/update-company";
import { deleteContact } from "../../contacts/delete-contact";
import { updateContactSchema } from "../../contacts/schemas";
import { contacts } from "../../contacts/tables";
import { updateContact } from "../../contacts/update-contact";
import { deleteDeal } from "../../deals/delete-deal";
import { updateDealSchema } from "../../deals/schemas";
import { deals } from "../../deals/tables";
import { updateDeal } from "../../deals/update-deal";
import { deleteLead } from "../../leads/delete-lead";
import { updateLeadSchema } from "../../leads/schemas";
import { leads } from "../../leads/tables";
import { updateLead } from "../../leads/update-lead";
import { deleteTask } from "../../tasks/delete-task";
import { updateTaskSchema } from "../../tasks/schemas";
import { tasks } from "../../tasks/tables";
import { updateTask } from "../../tasks/update-task";
import { type BulkChange, type BulkTarget, bulkChange } from "./bulk-change";
import { bulkInput, bulkOutput } from "./bulk-schemas";

const TAGS: Record<string, string> = {
  contacts: "Contacts",
  companies: "Companies",
  leads: "Leads",
  deals: "Deals",
  tasks: "Tasks",
};

function defineBulkOperation<S extends z.ZodType>(patch: S, target: BulkTarget<z.output<S>>) {
  return defineOperation({
    name: `${target.object}.bulk`,
    description: `Add or remove a tag, change fields, or move to the trash up to 200 ${target.object} at once, in one transaction; answers per id`,
    permission: "records:write",
    writes: true,
    input: bulkInput(patch),
    output: bulkOutput,
    // The union zod infers for a generic patch schema is this type; TypeScript cannot see it through S.
    handler: (ctx, input) => bulkChange(ctx, target, input as BulkChange<z.output<S>>),
  });
}

export const bulkOperations = {
  contacts: defineBulkOperation(updateContactSchema, {
    object: "contacts",
    table: contacts,
    update: updateContact,
    remove: deleteContact,
  }),
  companies: defineBulkOperation(updateCompanySchema, {
    object: "companies",
    table: companies,
    update: updateCompany,
    remove: deleteCompany,
  }),
  leads: defineBulkOperation(updateLeadSchema, {
    object: "leads",
    table: leads,
    update: updateLead,
    remove: deleteLead,
  }),
  deals: defineBulkOperation(updateDealSchema, {
    object: "deals",
    table: deals,
    update: updateDeal,
    remove: deleteDeal,
  }),
  tasks: defineBulkOperation(updateTaskSchema, {
    object: "tasks",
    table: tasks,
    update: updateTask,
    remove: deleteTask,
  }),
};

export const bulkRoutes: RestRoute[] = Object.entries(bulkOperations).map(([object, operation]) => ({
  method: "POST",
  path: `/${object}/bulk`,
  operation,
  tag: TAGS[object] ?? object,
  reply: "body",
}));
