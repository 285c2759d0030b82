import "server-only";
import { deleteCompany } from "@crm/core/modules/companies/delete-company";
import { getCompanyOrThrow } from "@crm/core/modules/companies/get-company";
import { updateCompany } from "@crm/core/modules/companies/update-company";
import { deleteContact } from "@crm/core/modules/contacts/delete-contact";
import { getContactOrThrow } from "@crm/core/modules/contacts/get-contact";
import { updateContact } from "@crm/core/modules/contacts/update-contact";
import { deleteDeal } from "@crm/core/modules/deals/delete-deal";
import { getDealOrThrow } from "@crm/core/modules/deals/get-deal";
import { updateDeal } from "@crm/core/modules/deals/update-deal";
import { deleteLead } from "@crm/core/modules/leads/delete-lead";
import { getLeadOrThrow } from "@crm/core/modules/leads/get-lead";
import { updateLead } from "@crm/core/modules/leads/update-lead";
import { deleteTask } from "@crm/core/modules/tasks/delete-task";
import { getTaskOrThrow } from "@crm/core/modules/tasks/get-task";
import { updateTask } from "@crm/core/modules/tasks/update-task";
import type { Ctx } from "@crm/core/platform/context";
import type { ListObject } from "./record-objects";

/** What bulk actions need from a record type's services. */
type RecordServices = {
  get: (ctx: Ctx, id: string) => Promise<{ tags: string[] }>;
  update: (ctx: Ctx, id: string, input: { ownerId?: string | null; tags?: string[] }) => Promise<unknown>;
  remove: (ctx: Ctx, id: string) => Promise<void>;
};

const SERVICES: Record<ListObject, RecordServices> = {
  contacts: { get: getContactOrThrow, update: updateContact, remove: deleteContact },
  companies: { get: getCompanyOrThrow, update: updateCompany, remove: deleteCompany },
  leads: { get: getLeadOrThrow, update: updateLead, remove: deleteLead },
  deals: { get: getDealOrThrow, update: updateDeal, remove: deleteDeal },
  tasks: { get: getTaskOrThrow, update: updateTask, remove: deleteTask },
};

export const servicesFor = (object: ListObject): RecordServices => SERVICES[object];
