import { describe, expect, it } from "vitest";
import { openApiDocument } from "../api/route-table";

type Get = {
  parameters?: { name?: string }[];
  responses: Record<string, { content?: Record<string, unknown> }>;
};

describe("exports in the OpenAPI document", () => {
  it("documents every list export with the list's query and both formats, the organization ZIP and the vCard", () => {
    const doc = openApiDocument() as { paths: Record<string, { get?: Get }> };
    for (const object of ["contacts", "companies", "leads", "deals", "tasks", "activities"]) {
      const get = doc.paths[`/${object}/export`]?.get;
      expect(
        get?.parameters?.map((p) => p.name),
        object,
      ).toEqual(expect.arrayContaining(["format", "columns", "q", "sort", "trash", "ownerId"]));
      expect(Object.keys(get?.responses["200"]?.content ?? {})).toEqual([
        "text/csv",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      ]);
    }
    expect(Object.keys(doc.paths["/exports/organization"]?.get?.responses["200"]?.content ?? {})).toEqual([
      "application/zip",
    ]);
    expect(doc.paths["/contacts/{id}/vcard"]?.get).toBeDefined();
  });
});
