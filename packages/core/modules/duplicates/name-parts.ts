/**
 * Whether two people's first and last names could be the same person's, compared part by part.
 * The trigram similarity of whole names calls relatives alike ("Brenna Rodriguez-Satterfield" and
 * "Jaida Rodriguez-Satterfield" share most trigrams; issue 12.4 follow-up): a similar name needs a
 * similar first name (a typo, an initial, a prefix or a nickname) and a similar last name.
 */
export type NameParts = { first: string; last: string };

// Common short forms; both directions. Kept small on purpose: a miss only costs a name match.
const NICKNAMES: Record<string, string[]> = {
  robert: ["bob", "rob", "bobby", "robbie"],
  william: ["bill", "will", "billy", "willy", "liam"],
  richard: ["dick", "rick", "rich", "ricky"],
  elizabeth: ["liz", "beth", "betty", "lisa", "eliza", "lizzy", "elisabeth"],
  margaret: ["maggie", "peggy", "meg", "greta"],
  katherine: ["kate", "katie", "kathy", "cathy", "kat", "kathrin", "katrin", "catherine"],
  james: ["jim", "jimmy", "jamie"],
  michael: ["mike", "mick", "micha"],
  johannes: ["hans", "jo", "johann"],
  john: ["jack", "johnny", "hans"],
  alexander: ["alex", "sascha", "xander", "sandy"],
  alexandra: ["alex", "sasha", "sandra", "lexi"],
  christopher: ["chris", "kit"],
  christine: ["chris", "tina", "christina"],
  daniel: ["dan", "danny"],
  joseph: ["joe", "joey", "sepp"],
  thomas: ["tom", "tommy"],
  edward: ["ed", "eddie", "ted", "ned"],
  anthony: ["tony"],
  charles: ["charlie", "chuck"],
  susanne: ["susi", "sue", "susan", "suzanne"],
  friedrich: ["fritz"],
  wolfgang: ["wolf"],
  jennifer: ["jen", "jenny"],
  patricia: ["pat", "patty", "trish"],
  theodore: ["theo", "ted"],
  nicholas: ["nick", "nico", "klaus", "nikolaus"],
};
const NICKNAME_GROUPS: Map<string, Set<string>> = (() => {
  const groups = new Map<string, Set<string>>();
  for (const [name, shorts] of Object.entries(NICKNAMES)) {
    for (const n of [name, ...shorts]) {
      const group = groups.get(n) ?? new Set<string>();
      group.add(name);
      groups.set(n, group);
    }
  }
  return groups;
})();

/** Lower case, accents and German umlauts folded (Schön, Schoen → schon), punctuation gone. */
export function foldName(value: string): string {
  return value
    .toLowerCase()
    .replace(/ä/g, "a")
    .replace(/ö/g, "o")
    .replace(/ü/g, "u")
    .replace(/ae/g, "a")
    .replace(/oe/g, "o")
    .replace(/ue/g, "u")
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\p{L}\p{N}\s-]/gu, "")
    .trim();
}

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** Edit similarity 0–1 of two folded words. */
const editSimilarity = (a: string, b: string) => 1 - levenshtein(a, b) / Math.max(a.length, b.length, 1);
/** One typo in "Jon"/"John", two in "Alice"/"Alicia"; "Brenna"/"Jaida" is far off. */
const TYPO_SIMILARITY_MIN = 0.6;

const sameNickname = (a: string, b: string) => {
  const groups = NICKNAME_GROUPS.get(a);
  return !!groups && [...(NICKNAME_GROUPS.get(b) ?? [])].some((g) => groups.has(g));
};

function firstNamesAgree(x: string, y: string): boolean {
  const [a, b] = [foldName(x).replace(/-/g, " "), foldName(y).replace(/-/g, " ")];
  if (!a || !b || a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // An initial ("A." for "Anna") or a short form ("Kim" for "Kimberly").
  if (short.length === 1) return long.startsWith(short);
  if (short.length >= 3 && long.startsWith(short)) return true;
  const wordsA = a.split(/\s+/);
  const wordsB = b.split(/\s+/);
  // "Anna Maria" and "Anna": one of several given names.
  if (wordsA.some((w) => wordsB.includes(w))) return true;
  return editSimilarity(a, b) >= TYPO_SIMILARITY_MIN || sameNickname(a, b);
}

function lastNamesAgree(x: string, y: string): boolean {
  const [a, b] = [foldName(x), foldName(y)];
  if (!a || !b || a === b) return true;
  // A double name and one of its parts ("Klein" and "Klein-Berg").
  const partsA = a.split(/[\s-]+/).filter((w) => w.length > 1);
  const partsB = b.split(/[\s-]+/).filter((w) => w.length > 1);
  if (partsA.some((w) => partsB.includes(w))) return true;
  return editSimilarity(a, b) >= TYPO_SIMILARITY_MIN;
}

/**
 * True unless the names tell two people apart: a part empty on either side is not compared, and
 * first and last name swapped ("Smith John") still agree.
 */
export function namePartsAgree(a: NameParts, b: NameParts): boolean {
  const inOrder = firstNamesAgree(a.first, b.first) && lastNamesAgree(a.last, b.last);
  if (inOrder) return true;
  if (!a.first || !a.last || !b.first || !b.last) return false;
  return firstNamesAgree(a.first, b.last) && lastNamesAgree(a.last, b.first);
}
