// GET /api/v1/companies – list companies visible to the caller; POST – create a company
import { createCompany } from "@crm/core/modules/companies/create-company";
import { listCompanies } from "@crm/core/modules/companies/list-companies";
import { createRoute, listRoute } from "@/lib/api/record-routes";

export const GET = listRoute(listCompanies);
export const POST = createRoute(createCompany);
