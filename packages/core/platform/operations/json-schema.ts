import { z } from "zod";
import type { AnyOperation } from "./define-operation";

export type JsonSchema = Record<string, unknown>;

/**
 * JSON Schema (2020-12) of a zod schema, as OpenAPI 3.1, MCP tools and model tool calls take it:
 * dates as ISO 8601 strings (how JSON carries them), without the `$schema` header.
 */
export function toJsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: "any",
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema._zod.def.type === "date") {
        jsonSchema.type = "string";
        jsonSchema.format = "date-time";
      }
    },
  }) as JsonSchema;
  return rest;
}

/** An operation as a tool: name, description, whether it writes, and its input and output schemas. */
export const describeOperation = (operation: AnyOperation) => ({
  name: operation.name,
  description: operation.description,
  writes: operation.writes,
  permission: operation.permission,
  inputSchema: toJsonSchema(operation.input, "input"),
  outputSchema: toJsonSchema(operation.output, "output"),
});
