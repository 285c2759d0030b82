import { ilike, or, type SQL } from "drizzle-orm";
import { LEAD_STAGES } from "../records/enums";
import type { ListSpec } from "../records/list-query";
import { listSearchCondition } from "../search/list-search";
import { leads } from "./tables";

export const leadListSpec: ListSpec = {
  object: "leads",
  table: leads,
  defaultSort: "-updatedAt",
  fields: {
    name: { kind: "text", column: leads.name, sortable: true },
    email: { kind: "text", column: leads.email },
    companyName: { kind: "text", column: leads.companyName },
    source: { kind: "text", column: leads.source },
    status: { kind: "enum", column: leads.status, values: LEAD_STAGES, sortable: true },
    ownerId: { kind: "uuid", column: leads.ownerId },
    tag: { kind: "tags", column: leads.tags },
    convertedAt: { kind: "timestamp", column: leads.convertedAt },
    createdAt: { kind: "timestamp", column: leads.createdAt, sortable: true },
    updatedAt: { kind: "timestamp", column: leads.updatedAt, sortable: true },
  },
  search: (q) =>
    or(
      listSearchCondition(leads, q, { emails: true }),
      ilike(leads.companyName, `%${q.replace(/[%_\\]/g, "\\$&")}%`),
    ) as SQL,
};
