import { DEAL_OUTCOMES } from "../records/enums";
import type { ListSpec } from "../records/list-query";
import { listSearchCondition } from "../search/list-search";
import { deals } from "./tables";

export const dealListSpec: ListSpec = {
  object: "deals",
  table: deals,
  defaultSort: "-updatedAt",
  fields: {
    title: { kind: "text", column: deals.title, sortable: true },
    value: { kind: "number", column: deals.value, sortable: true },
    currency: { kind: "text", column: deals.currency },
    probability: { kind: "number", column: deals.probability, sortable: true },
    pipelineId: { kind: "uuid", column: deals.pipelineId },
    stageId: { kind: "uuid", column: deals.stageId },
    ownerId: { kind: "uuid", column: deals.ownerId },
    companyId: { kind: "uuid", column: deals.companyId },
    primaryContactId: { kind: "uuid", column: deals.primaryContactId },
    outcome: { kind: "enum", column: deals.outcome, values: DEAL_OUTCOMES },
    expectedCloseDate: {
      kind: "date",
      column: deals.expectedCloseDate,
      sortable: true,
      // Deals without a date sort after every dated one.
      sortNullAs: "9999-12-31",
    },
    actualCloseDate: { kind: "date", column: deals.actualCloseDate },
    tag: { kind: "tags", column: deals.tags },
    createdAt: { kind: "timestamp", column: deals.createdAt, sortable: true },
    updatedAt: { kind: "timestamp", column: deals.updatedAt, sortable: true },
  },
  search: (q) => listSearchCondition(deals, q),
};
