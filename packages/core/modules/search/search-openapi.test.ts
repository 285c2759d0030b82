import { describe, expect, it } from "vitest";
import { buildOpenApi } from "../api-docs/build-openapi";

describe("search in the OpenAPI document", () => {
  it("documents GET /search with its parameters and the grouped response", () => {
    const doc = buildOpenApi() as { paths: Record<string, Record<string, Record<string, unknown>>> };
    const get = doc.paths["/search"]?.get as {
      parameters: { name: string }[];
      responses: Record<string, { content?: Record<string, { schema: { properties: { data: unknown } } }> }>;
    };
    expect(get.parameters.map((p) => p.name)).toEqual(["q", "types", "limit"]);
    const data = get.responses["200"]?.content?.["application/json"]?.schema.properties.data as {
      properties: { groups: unknown };
    };
    expect(data.properties.groups).toBeDefined();
  });
});
