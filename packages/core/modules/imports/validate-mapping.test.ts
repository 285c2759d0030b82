// Regression: a file column named "constructor" or "toString" broke the mapping. The mapping was
// read as mapping[header] from a plain object, so a mapping that left such a column out found
// Object or a function, and the answer was a 422 `Unknown field "function Object() { [native code] }"`.
import { describe, expect, it } from "vitest";
import { buildRecord, rawRow } from "./build-record";
import { proposeMapping } from "./propose-mapping";
import { validateMapping } from "./validate-mapping";

const HEADERS = ["constructor", "toString", "__proto__", "hasOwnProperty", "Email"];

describe("column names that are names of Object.prototype", () => {
  it("validateMapping leaves an unmapped 'constructor' column unmapped", () => {
    const mapping = validateMapping({ Email: "email" }, HEADERS, "contacts", []);
    expect(mapping).toEqual({
      constructor: null,
      toString: null,
      ["__proto__"]: null,
      hasOwnProperty: null,
      Email: "email",
    });
    expect(Object.getPrototypeOf(mapping)).toBe(Object.prototype);
    expect(Object.hasOwn(mapping, "__proto__")).toBe(true);
  });

  it("validateMapping still maps such a column when asked to", () => {
    expect(validateMapping({ constructor: "firstName" }, ["constructor"], "contacts", [])).toEqual({
      constructor: "firstName",
    });
  });

  it("proposeMapping and rawRow keep '__proto__' as a key of its own", () => {
    const proposed = proposeMapping(HEADERS, "contacts");
    expect(Object.keys(proposed)).toEqual(HEADERS);
    expect(proposed.Email).toBe("email");
    const raw = rawRow(HEADERS, ["a", "b", "c", "d", "e"]);
    expect(Object.keys(raw)).toEqual(HEADERS);
    expect(Object.getOwnPropertyDescriptor(raw, "__proto__")?.value).toBe("c");
  });

  it("buildRecord ignores unmapped 'constructor' and 'toString' columns", () => {
    const built = buildRecord("contacts", 2, ["x", "y", "z", "Ada", "ada@example.com"], {
      mapping: { hasOwnProperty: "firstName", Email: "email" },
      headers: HEADERS,
      defs: [],
      defaultCurrency: "EUR",
    });
    expect(built).toMatchObject({ ok: true, data: { firstName: "Ada", email: "ada@example.com" } });
  });

  it("rawRow stores what jsonb takes: no U+0000, no lone surrogate", () => {
    expect(rawRow(["Na\u0000me", "Email"], ["A\u0000da", "a\uD800@b.co"])).toEqual({
      Name: "Ada",
      Email: "a\uFFFD@b.co",
    });
  });
});
