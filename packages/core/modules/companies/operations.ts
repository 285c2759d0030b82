import { recordOutput } from "../records/operation-schemas";
import { defineRecordOperations } from "../records/record-operations";
import { createCompany } from "./create-company";
import { deleteCompany } from "./delete-company";
import { getCompanyOrThrow } from "./get-company";
import { listCompanies } from "./list-companies";
import { companyListSpec } from "./list-spec";
import { createCompanySchema, updateCompanySchema } from "./schemas";
import { companies } from "./tables";
import { updateCompany } from "./update-company";

export const companyOperations = defineRecordOperations({
  object: "companies",
  noun: "company",
  spec: companyListSpec,
  row: recordOutput(companies),
  list: listCompanies,
  get: getCompanyOrThrow,
  create: { schema: createCompanySchema, run: createCompany },
  update: { schema: updateCompanySchema, run: updateCompany },
  remove: deleteCompany,
  timeline: "companyId",
});
