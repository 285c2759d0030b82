// Regression: `?org=%00` reached the org lookup before the query was checked and every /api/v1
// route answered 500 (found by the API sweep); the slug is refused as a 422 naming `org`.
import { AppError } from "@crm/core/platform/errors";
import { describe, expect, it } from "vitest";
import { orgSlugOf } from "./org-param";

const request = (query: string) => new Request(`http://localhost:3000/api/v1/contacts${query}`);

describe("orgSlugOf", () => {
  it("reads the slug, and nothing when the query names none", () => {
    expect(orgSlugOf(request("?org=acme-1a2b3c&limit=5"))).toBe("acme-1a2b3c");
    expect(orgSlugOf(request("?limit=5"))).toBeNull();
    expect(orgSlugOf(request("?org="))).toBeNull();
  });

  it("refuses U+0000 as a 422 naming org", () => {
    for (const value of ["%00", "a%00b"]) {
      const error = (() => {
        try {
          return orgSlugOf(request(`?org=${value}`));
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: "unprocessable", fieldErrors: { org: [expect.any(String)] } });
    }
  });
});
