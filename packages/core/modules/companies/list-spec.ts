import { SIZE_BANDS } from "../records/enums";
import type { ListSpec } from "../records/list-query";
import { listSearchCondition } from "../search/list-search";
import { companies } from "./tables";

export const companyListSpec: ListSpec = {
  object: "companies",
  table: companies,
  defaultSort: "-updatedAt",
  fields: {
    name: { kind: "text", column: companies.name, sortable: true },
    domain: { kind: "text", column: companies.domain },
    industry: { kind: "text", column: companies.industry },
    sizeBand: { kind: "enum", column: companies.sizeBand, values: SIZE_BANDS },
    annualRevenue: { kind: "number", column: companies.annualRevenue, sortable: true, sortNullAs: 0 },
    ownerId: { kind: "uuid", column: companies.ownerId },
    tag: { kind: "tags", column: companies.tags },
    createdAt: { kind: "timestamp", column: companies.createdAt, sortable: true },
    updatedAt: { kind: "timestamp", column: companies.updatedAt, sortable: true },
  },
  search: (q) => listSearchCondition(companies, q, { emails: true }),
};
