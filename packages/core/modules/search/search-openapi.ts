import { z } from "zod";
import { SEARCH_MAX_LIMIT, SEARCH_TYPES, searchResultSchema } from "./schemas";

const problem = {
  description: "problem+json",
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
};

/** GET /search in the OpenAPI document, its response schema taken from the zod schema it returns. */
export const searchPathDocs = {
  "/search": {
    get: {
      tags: ["Search"],
      summary:
        "Search contacts, companies, deals, leads, activities and tasks the caller can see: full text without accents plus typo-tolerant matching of names, emails, domains and phone digits; grouped by type, best first, matches as [start, end) ranges",
      parameters: [
        { name: "q", in: "query", required: true, schema: { type: "string", minLength: 1, maxLength: 200 } },
        {
          name: "types",
          in: "query",
          schema: { type: "string" },
          description: `Comma-separated: ${SEARCH_TYPES.join(", ")} (default all)`,
        },
        {
          name: "limit",
          in: "query",
          schema: { type: "integer", minimum: 1, maximum: SEARCH_MAX_LIMIT, default: 5 },
          description: "Results per type",
        },
      ],
      responses: {
        "200": {
          description: "OK",
          content: {
            "application/json": {
              schema: {
                type: "object",
                properties: { data: z.toJSONSchema(searchResultSchema, { unrepresentable: "any" }) },
              },
            },
          },
        },
        "401": problem,
        "422": problem,
        "429": problem,
      },
    },
  },
};
