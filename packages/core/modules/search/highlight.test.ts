import { describe, expect, it } from "vitest";
import { foldText, highlight, snippet, wordSimilarity } from "./highlight";

const marked = (h: { text: string; ranges: [number, number][] }) =>
  h.ranges.map(([from, to]) => h.text.slice(from, to));

describe("highlight", () => {
  it("folds accents and case and maps positions back to the original", () => {
    const { folded, map } = foldText("José Straße");
    expect(folded).toBe("jose strasse");
    expect(map[folded.indexOf("sse")]).toBe("José Straße".indexOf("ß"));
  });

  it("marks accent-insensitive occurrences in the original text", () => {
    expect(marked(highlight("José Müller", ["jose", "mueller"]))).toEqual(["José", "Müller"]);
    // The query is folded by the database with German transliteration (Schön = schoen).
    expect(marked(highlight("Jürgen Schön", ["juergen", "schoen"]))).toEqual(["Jürgen", "Schön"]);
  });

  it("marks every occurrence and merges overlaps", () => {
    const h = highlight("acme.io and ACME", ["acme", "acme.io"]);
    expect(h.ranges).toEqual([
      [0, 7],
      [12, 16],
    ]);
  });

  it("marks the words most like a misspelt term", () => {
    expect(marked(highlight("John Smith", ["jon", "smiht"]))).toEqual(["John", "Smith"]);
    expect(marked(highlight("John Smith", ["xyz"]))).toEqual([]);
  });

  it("computes pg_trgm-like similarity", () => {
    expect(wordSimilarity("smith", "smith")).toBe(1);
    expect(wordSimilarity("smiht", "smith")).toBeCloseTo(3 / 9);
  });

  it("cuts a passage around the first match", () => {
    const long = `${"lorem ipsum ".repeat(30)}the budget was approved ${"dolor sit ".repeat(30)}`;
    const s = snippet(long, ["budget"], 80);
    expect(s?.text.startsWith("… ")).toBe(true);
    expect(s?.text.endsWith(" …")).toBe(true);
    expect(s && marked(s)).toEqual(["budget"]);
  });

  it("returns the beginning when nothing matches and null for empty text", () => {
    expect(snippet("short note", ["zzz"])).toEqual({ text: "short note", ranges: [] });
    expect(snippet("   ", ["a"])).toBeNull();
  });
});
