import { describe, expect, it } from "vitest";
import { prepareQuery } from "./search-query";

describe("prepareQuery", () => {
  it("turns words into required quoted prefixes", () => {
    expect(prepareQuery("jon  smiht").tsquery).toBe("'jon':* & 'smiht':*");
  });

  it("keeps tsquery syntax and quotes in the data", () => {
    const q = prepareQuery("o'brien & (x | !y)");
    expect(q.words).toEqual(["o'brien", "(x", "!y)"]);
    expect(q.tsquery).toBe("'o''brien':* & '(x':* & '!y)':*");
  });

  it("escapes LIKE wildcards", () => {
    expect(prepareQuery("50%_off\\").contains).toBe("%50\\%\\_off\\\\%");
  });

  it("finds phone digits only in phone-like queries of four digits or more", () => {
    expect(prepareQuery("+1 (555) 123-4567").digits).toBe("15551234567");
    expect(prepareQuery("4567").digits).toBe("4567");
    expect(prepareQuery("456").digits).toBeNull();
    expect(prepareQuery("room 4567").digits).toBeNull();
  });

  it("forgives typos only in words of three characters or more", () => {
    expect(prepareQuery("jo smiht").typoWords).toEqual(["smiht"]);
  });

  it("has no tsquery for punctuation only", () => {
    expect(prepareQuery("--").tsquery).toBe("");
  });
});
