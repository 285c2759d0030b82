import { describe, expect, it } from "vitest";
import { buildOpenApi } from "../api-docs/build-openapi";

describe("exports in the OpenAPI document", () => {
  it("documents every list export, the organization ZIP and the vCard", () => {
    const doc = buildOpenApi() as { paths: Record<string, { get?: { parameters?: { name: string }[] } }> };
    for (const object of ["contacts", "companies", "leads", "deals", "tasks", "activities"]) {
      const names = doc.paths[`/${object}/export`]?.get?.parameters?.map((p) => p.name);
      expect(names, object).toEqual(["format", "columns", "q", "sort", "trash", "filters"]);
    }
    expect(doc.paths["/exports/organization"]?.get).toBeDefined();
    expect(doc.paths["/contacts/{id}/vcard"]?.get).toBeDefined();
  });
});
