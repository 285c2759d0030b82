import { z } from "zod";
import {
  DEFAULT_MIN_DUPLICATE_SCORE,
  dismissDuplicateSchema,
  listDuplicatesSchema,
  mergeRecordsSchema,
} from "./schemas";

const problem = {
  description: "problem+json",
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
};
const errors = (...codes: number[]) => Object.fromEntries(codes.map((c) => [String(c), problem]));
const input = (schema: z.ZodType) => {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<
    string,
    unknown
  >;
  return { required: true, content: { "application/json": { schema: rest } } };
};
const json = (schema: Record<string, unknown>) => ({
  description: "OK",
  content: { "application/json": { schema } },
});

const summary = {
  type: "object",
  properties: {
    id: { type: "string", format: "uuid" },
    name: { type: "string" },
    detail: { type: ["string", "null"], description: "Email, domain or phone to tell the records apart" },
    ownerId: { type: ["string", "null"], format: "uuid" },
    updatedAt: { type: "string", format: "date-time" },
  },
};
const reason = {
  type: "object",
  required: ["kind"],
  properties: {
    kind: { type: "string", enum: ["email", "domain", "phone", "name", "sameCompany"] },
    value: { type: "string", description: "The shared email, domain or E.164 phone number" },
    similarity: { type: "number", description: "Trigram similarity of the names, 0–1" },
  },
};
const mergeResult = {
  type: "object",
  properties: {
    data: {
      type: "object",
      properties: {
        mergeId: { type: "string", format: "uuid" },
        survivorId: { type: "string", format: "uuid" },
        mergedIds: { type: "array", items: { type: "string", format: "uuid" } },
      },
    },
  },
};
const { object: _object, ...listQuery } = listDuplicatesSchema.shape;

const mergePath = (object: "contacts" | "companies", tag: string) => ({
  [`/${object}/merge`]: {
    post: {
      tags: [tag],
      summary: `Merge ${object} into a survivor in one transaction: per field the value of the chosen record (default: the survivor's, else the first non-empty), tags united; activities, tasks, deals, links and shares move to the survivor; the merged records go to the trash. Undo with POST /merges/{mergeId}/undo. The caller must be able to change every record.`,
      requestBody: input(mergeRecordsSchema),
      responses: { "200": json(mergeResult), ...errors(401, 403, 404, 422, 429) },
    },
  },
});

/** Duplicates and merge in the OpenAPI document. */
export const duplicatesPathDocs = {
  "/duplicates": {
    get: {
      tags: ["Duplicates"],
      summary:
        "Likely duplicate pairs among the contacts or companies the caller can see, best first: same email, same domain, equal phone numbers after E.164 normalisation (alone a weak sign, 30), similar names (first and last name each alike: a typo, an initial or a nickname; relatives with another first name are not similar; same company counts more). Pairs scored below `minScore` (default " +
        DEFAULT_MIN_DUPLICATE_SCORE +
        ") are left out. Each pair has a score (0–100) and its reasons; dismissed pairs are left out. Pairs are found by a background scan and stored; records changed since are checked before the page is read. While the first scan (or one after many changes) runs, `scan.state` is `running` and the pairs are those found so far. Follow `nextCursor` for the next page.",
      parameters: [
        {
          name: "object",
          in: "query",
          required: true,
          schema: { type: "string", enum: ["contacts", "companies"] },
        },
        ...Object.keys(listQuery).map((name) => ({
          name,
          in: "query",
          schema:
            name === "limit"
              ? { type: "integer", minimum: 1, maximum: 100, default: 25 }
              : name === "minScore"
                ? {
                    type: "integer",
                    minimum: 0,
                    maximum: 100,
                    default: DEFAULT_MIN_DUPLICATE_SCORE,
                    description:
                      "Only pairs scored at least this. Weaker pairs (a shared phone alone scores 30) are left out by default; 0 lists them all.",
                  }
                : { type: "string", description: "nextCursor of the previous page" },
        })),
      ],
      responses: {
        "200": json({
          type: "object",
          properties: {
            data: {
              type: "array",
              items: {
                type: "object",
                properties: {
                  a: summary,
                  b: summary,
                  score: { type: "integer", minimum: 0, maximum: 100 },
                  reasons: { type: "array", items: reason },
                },
              },
            },
            nextCursor: { type: ["string", "null"] },
            scan: {
              type: "object",
              properties: {
                state: { type: "string", enum: ["ready", "running"] },
                checked: { type: "integer", description: "Records checked by the last or running full scan" },
              },
            },
          },
        }),
        ...errors(401, 422, 429),
      },
    },
  },
  "/duplicates/dismissals": {
    post: {
      tags: ["Duplicates"],
      summary: "Mark two records as not duplicates: the pair no longer appears or warns",
      requestBody: input(dismissDuplicateSchema),
      responses: { "204": { description: "Dismissed" }, ...errors(401, 403, 404, 422, 429) },
    },
  },
  ...mergePath("contacts", "Contacts"),
  ...mergePath("companies", "Companies"),
  "/merges/{id}/undo": {
    post: {
      tags: ["Duplicates"],
      summary:
        "Undo a merge: the survivor and the merged records get their values from before the merge back, the merged records leave the trash, and everything moved points where it did",
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
      responses: {
        "200": json({
          type: "object",
          properties: {
            data: {
              type: "object",
              properties: {
                survivorId: { type: "string", format: "uuid" },
                restoredIds: { type: "array", items: { type: "string", format: "uuid" } },
              },
            },
          },
        }),
        ...errors(401, 403, 404, 409, 429),
      },
    },
  },
};
