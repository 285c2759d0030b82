// The pieces of a search query, derived from the text the user typed after the database has
// normalised it (unaccented, lower case): words, a prefix tsquery, a LIKE pattern and phone digits.

export type PreparedQuery = {
  /** The whole query, normalised. */
  text: string;
  words: string[];
  /** The words long enough to have trigrams worth comparing: those a typo is forgiven in. */
  typoWords: string[];
  /** to_tsquery text: every word as a quoted prefix, all required; empty when no word has a letter or digit. */
  tsquery: string;
  /** `%text%` with LIKE wildcards escaped. */
  contains: string;
  /** `text%` with LIKE wildcards escaped. */
  startsWith: string;
  /** The digits of a query that looks like (part of) a phone number, at least four of them; else null. */
  digits: string | null;
};

const WORD_CHAR = /[\p{L}\p{N}]/u;
const PHONE_LIKE = /^[\d\s()+\-./]+$/;
const MIN_PHONE_DIGITS = 4;
const MIN_TYPO_WORD = 3;

export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A word as a to_tsquery operand: quoted (so its punctuation is data, not syntax) and a prefix. */
const tsPrefix = (word: string): string => `'${word.replace(/\\/g, "\\\\").replace(/'/g, "''")}':*`;

export function prepareQuery(normalized: string): PreparedQuery {
  const text = normalized.trim();
  const words = text.split(/\s+/).filter((word) => WORD_CHAR.test(word));
  const digits = PHONE_LIKE.test(text) ? text.replace(/\D/g, "") : "";
  return {
    text,
    words,
    typoWords: words.filter((word) => word.length >= MIN_TYPO_WORD),
    tsquery: words.map(tsPrefix).join(" & "),
    contains: `%${escapeLike(text)}%`,
    startsWith: `${escapeLike(text)}%`,
    digits: digits.length >= MIN_PHONE_DIGITS ? digits : null,
  };
}
