import type { Highlighted, MatchRange } from "./schemas";

// Match ranges for the palette, computed on plain text: the client wraps them in <mark> as React
// text, so nothing a user typed into a record is ever rendered as HTML.

// Letters unaccent folds that Unicode decomposition does not, and the German transliteration that
// crm_search_norm applies first (migration 0023: ä = ae, ö = oe, ü = ue).
const EXTRA_FOLDS: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ı: "i",
  ä: "ae",
  ö: "oe",
  ü: "ue",
};

/** Lower case without accents, with a map from each folded position back into the original text. */
export function foldText(text: string): { folded: string; map: number[] } {
  let folded = "";
  const map: number[] = [];
  let index = 0;
  for (const char of text) {
    const lower = char.toLowerCase();
    const base = EXTRA_FOLDS[lower] ?? lower.normalize("NFD").replace(/\p{M}/gu, "");
    for (const part of base) {
      folded += part;
      map.push(index);
    }
    index += char.length;
  }
  map.push(text.length);
  return { folded, map };
}

export function foldTerm(term: string): string {
  return foldText(term).folded;
}

function trigrams(word: string): Set<string> {
  const padded = `  ${word} `;
  const set = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) set.add(padded.slice(i, i + 3));
  return set;
}

/** pg_trgm's similarity of two words: shared trigrams over all trigrams. */
export function wordSimilarity(a: string, b: string): number {
  const ta = trigrams(a);
  const tb = trigrams(b);
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared / (ta.size + tb.size - shared);
}

const FUZZY_MIN = 0.25;

function mergeRanges(ranges: MatchRange[]): MatchRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: MatchRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/**
 * Ranges of `text` that match the search terms: every accent- and case-insensitive occurrence of a
 * term, or, for a term that does not occur (a typo), the words most like it.
 */
export function matchRanges(text: string, terms: readonly string[]): MatchRange[] {
  const { folded, map } = foldText(text);
  const ranges: MatchRange[] = [];
  for (const raw of terms) {
    const term = foldTerm(raw);
    if (!term) continue;
    let found = false;
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length)) {
      found = true;
      ranges.push([map[at] as number, map[at + term.length] as number]);
    }
    if (found || term.length < 3) continue;
    for (const word of folded.matchAll(/[\p{L}\p{N}]+/gu)) {
      if (wordSimilarity(word[0], term) >= FUZZY_MIN) {
        ranges.push([map[word.index] as number, map[word.index + word[0].length] as number]);
      }
    }
  }
  return mergeRanges(ranges);
}

export function highlight(text: string, terms: readonly string[]): Highlighted {
  return { text, ranges: matchRanges(text, terms) };
}

/**
 * A passage of a long text around its first match (or its beginning), cut at word boundaries,
 * with the ranges shifted into the passage.
 */
export function snippet(text: string, terms: readonly string[], width = 160): Highlighted | null {
  const clean = text.replace(/\s+/g, " ").trim();
  if (!clean) return null;
  const ranges = matchRanges(clean, terms);
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(width / 4));
  if (start > 0) {
    const space = clean.indexOf(" ", start);
    start = space !== -1 && space < first ? space + 1 : start;
  }
  let end = Math.min(clean.length, start + width);
  if (end < clean.length) {
    const space = clean.lastIndexOf(" ", end);
    end = space > first ? space : end;
  }
  const prefix = start > 0 ? "… " : "";
  const suffix = end < clean.length ? " …" : "";
  const shifted = ranges
    .filter(([from, to]) => from >= start && to <= end)
    .map(([from, to]): MatchRange => [from - start + prefix.length, to - start + prefix.length]);
  return { text: `${prefix}${clean.slice(start, end)}${suffix}`, ranges: shifted };
}

/**
 * How well a title matches the query's words, 0 to 1, the same measure for every record type: per
 * word 1 when a word of the title starts with it, else its trigram similarity to the most alike
 * title word; the mean over the words. Unlike the database's score it does not favour short titles
 * ("Schoen LLC" over "Zane Schoen"), so it can order the types' groups.
 */
export function titleMatch(text: string, terms: readonly string[]): number {
  const words = [...foldText(text).folded.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0]);
  const folded = terms.map(foldTerm).filter((term) => term.length > 0);
  if (folded.length === 0 || words.length === 0) return 0;
  let sum = 0;
  for (const term of folded) {
    const parts = term.match(/[\p{L}\p{N}]+/gu) ?? [];
    let best = 0;
    for (const part of parts) {
      let partBest = 0;
      for (const word of words) {
        partBest = Math.max(partBest, word.startsWith(part) ? 1 : wordSimilarity(word, part));
        if (partBest === 1) break;
      }
      best += partBest / parts.length;
    }
    sum += best;
  }
  return sum / folded.length;
}
