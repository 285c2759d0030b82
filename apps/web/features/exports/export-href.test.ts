import { describe, expect, it } from "vitest";
import { exportHref } from "./export-href";

describe("exportHref", () => {
  it("carries the list's search, sort, filters and visible columns, never the page cursor", () => {
    const href = exportHref(
      "acme",
      "deals",
      {
        q: "big deal",
        sort: "-value",
        filters: { ownerId: "u1", "value[gte]": "1000" },
        cols: ["title", "value"],
      },
      "xlsx",
      true,
    );
    const url = new URL(href, "http://x");
    expect(url.pathname).toBe("/api/v1/deals/export");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      org: "acme",
      format: "xlsx",
      q: "big deal",
      sort: "-value",
      ownerId: "u1",
      "value[gte]": "1000",
      columns: "title,value",
    });
  });

  it("leaves columns out for a full export", () => {
    const href = exportHref(
      "acme",
      "contacts",
      { q: "", sort: null, filters: {}, cols: ["name"] },
      "csv",
      false,
    );
    expect(href).toBe("/api/v1/contacts/export?org=acme&format=csv");
  });
});
