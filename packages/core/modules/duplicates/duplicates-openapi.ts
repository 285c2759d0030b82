import { z } from "zod";
import { mergeRecordsSchema } from "./schemas";

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
