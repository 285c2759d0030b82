// Text read from an uploaded file, made storable: PostgreSQL refuses U+0000 in text and jsonb, and a
// lone UTF-16 surrogate (from a numeric reference such as &#xD800;) in jsonb. Both readers (CSV and
// XLSX) and whatever stores file text as jsonb pass it through here.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** U+0000 dropped, a lone surrogate replaced by U+FFFD: well-formed text PostgreSQL stores. */
export function cleanText(text: string): string {
  const noNul = text.includes("\u0000") ? text.replaceAll("\u0000", "") : text;
  return noNul.replace(LONE_SURROGATE, "\uFFFD");
}

/** The same for the keys and values of a { header: value } object, built without a prototype lookup. */
export function cleanRecord(record: Iterable<[string, string]>): Record<string, string> {
  return Object.fromEntries(Array.from(record, ([key, value]) => [cleanText(key), cleanText(value)]));
}
