import { describe, expect, it } from "vitest";
import { openApiDocument } from "../api/route-table";

describe("search in the OpenAPI document", () => {
  it("documents GET /search with its parameters and the grouped response", () => {
    const doc = openApiDocument() as { paths: Record<string, Record<string, Record<string, unknown>>> };
    const get = doc.paths["/search"]?.get as {
      parameters: { name?: string; $ref?: string }[];
      responses: Record<string, { content?: Record<string, { schema: { properties: { data: unknown } } }> }>;
    };
    // Its own parameters, then the org (a reference every route shares).
    expect(get.parameters.map((p) => p.name ?? p.$ref)).toEqual([
      "q",
      "types",
      "limit",
      "#/components/parameters/org",
    ]);
    const data = get.responses["200"]?.content?.["application/json"]?.schema.properties.data as {
      properties: { groups: unknown };
    };
    expect(data.properties.groups).toBeDefined();
  });
});
