// GET /api/v1/leads – list leads visible to the caller; POST – create a lead
import { createLead } from "@crm/core/modules/leads/create-lead";
import { listLeads } from "@crm/core/modules/leads/list-leads";
import { createRoute, listRoute } from "@/lib/api/record-routes";

export const GET = listRoute(listLeads);
export const POST = createRoute(createLead);
