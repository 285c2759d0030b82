// GET/PATCH/DELETE /api/v1/companies/{id} – one company (404 when not visible to the caller)
import { deleteCompany } from "@crm/core/modules/companies/delete-company";
import { getCompanyOrThrow } from "@crm/core/modules/companies/get-company";
import { updateCompany } from "@crm/core/modules/companies/update-company";
import { deleteRoute, getRoute, patchRoute } from "@/lib/api/record-routes";

export const GET = getRoute(getCompanyOrThrow, { timeline: "companyId" });
export const PATCH = patchRoute(updateCompany);
export const DELETE = deleteRoute(deleteCompany);
