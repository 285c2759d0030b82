import { describe, expect, it } from "vitest";
import { openApiDocument } from "../api/route-table";

type Doc = {
  paths: Record<
    string,
    Record<string, { requestBody?: unknown; parameters?: { name: string; schema?: unknown }[] }>
  >;
};

describe("duplicates in the OpenAPI document", () => {
  const doc = openApiDocument() as Doc;

  it("documents the list, dismissal, both merges and undo", () => {
    expect(doc.paths["/duplicates"]?.get?.parameters?.map((p) => p.name)).toEqual(
      expect.arrayContaining(["object", "limit", "cursor", "minScore"]),
    );
    const minScore = doc.paths["/duplicates"]?.get?.parameters?.find((p) => p.name === "minScore");
    expect(minScore).toMatchObject({ schema: { type: "integer", minimum: 0, maximum: 100, default: 40 } });
    expect(doc.paths["/duplicates/dismissals"]?.post?.requestBody).toBeDefined();
    expect(JSON.stringify(doc.paths["/contacts/merge"]?.post?.requestBody)).toContain("survivorId");
    expect(doc.paths["/companies/merge"]?.post).toBeDefined();
    expect(doc.paths["/merges/{id}/undo"]?.post).toBeDefined();
  });
});
