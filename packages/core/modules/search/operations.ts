import { defineOperation } from "../../platform/operations/define-operation";
import { searchInputSchema, searchResultSchema } from "./schemas";
import { search } from "./search";

export const searchOperations = {
  query: defineOperation({
    name: "search.query",
    description:
      "Search the contacts, companies, deals, leads, activities and tasks the caller can see: full text without accents plus typo-tolerant matching of names, emails, domains and phone digits; grouped by type, best first, matches as [start, end) ranges",
    permission: "records:read",
    writes: false,
    input: searchInputSchema,
    output: searchResultSchema,
    handler: (ctx, input) => search(ctx, input),
  }),
};
