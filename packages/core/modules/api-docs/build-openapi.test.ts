import { describe, expect, it } from "vitest";
import { openApiDocument } from "../api/route-table";
import { RECORD_OBJECTS } from "../records/enums";

type Doc = {
  openapi: string;
  paths: Record<
    string,
    Record<
      string,
      {
        requestBody?: {
          content: Record<string, { schema: { required?: string[]; properties?: Record<string, unknown> } }>;
        };
      }
    >
  >;
};

describe("OpenAPI document", () => {
  const doc = openApiDocument() as Doc;

  it("is OpenAPI 3.1 and lists every resource with its item path", () => {
    expect(doc.openapi).toBe("3.1.0");
    for (const object of RECORD_OBJECTS) {
      expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining([`/${object}`, `/${object}/{id}`]));
    }
  });

  it("takes request bodies from the zod schemas the server validates with", () => {
    const contactBody = doc.paths["/contacts"]?.post?.requestBody?.content["application/json"]?.schema;
    expect(contactBody?.required).toEqual(["firstName"]);
    expect(Object.keys(contactBody?.properties ?? {})).toEqual(
      expect.arrayContaining(["email", "companyId", "custom"]),
    );
    const patchBody = doc.paths["/contacts/{id}"]?.patch?.requestBody?.content["application/json"]?.schema;
    expect(patchBody?.required ?? []).toEqual([]);
  });

  it("documents every list's total and whether it is an estimate (issue 12.9)", () => {
    for (const object of RECORD_OBJECTS) {
      const list = (doc.paths[`/${object}`] as unknown as Record<string, ListOperation>).get;
      const schema = list?.responses["200"]?.content["application/json"]?.schema;
      expect(schema?.required).toEqual(expect.arrayContaining(["total", "totalIsEstimate"]));
      expect(schema?.properties).toMatchObject({
        total: { type: "integer" },
        totalIsEstimate: { type: "boolean" },
      });
    }
  });
});

type ListOperation = {
  responses: Record<
    string,
    { content: Record<string, { schema: { required?: string[]; properties?: Record<string, unknown> } }> }
  >;
};

describe("OpenAPI document: exchange rates", () => {
  it("documents the exchange-rate endpoints with the server's schemas", () => {
    const doc = openApiDocument() as Doc;
    expect(Object.keys(doc.paths["/exchange-rates"] ?? {}).sort()).toEqual(["get", "post"]);
    expect(Object.keys(doc.paths["/exchange-rates/{id}"] ?? {}).sort()).toEqual(["delete", "get", "patch"]);
    expect(doc.paths["/exchange-rates/import-ecb"]?.post).toBeDefined();
    const body = doc.paths["/exchange-rates"]?.post?.requestBody?.content["application/json"]?.schema;
    expect(body?.required).toEqual(["currency", "rate"]);
  });
});
