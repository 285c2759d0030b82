import { parse } from "csv-parse/sync";

/** Rows of an exported CSV (BOM dropped), read by a real CSV parser. */
export function parseCsv(text: string): string[][] {
  expect(text.startsWith("\uFEFF")).toBe(true);
  return parse(text.slice(1), { relaxColumnCount: false }) as string[][];
}

import { expect } from "vitest";
