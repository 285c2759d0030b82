import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// Guards issue 14's "the number of places that spell a contact's display name is one": it was
// spelled seven times in SQL (trim(first || ' ' || last), btrim(…), nullif(trim(…))) and more in
// TypeScript (`${c.firstName} ${c.lastName}`.trim(), [first, last].filter(Boolean).join(" ")), and
// the copies had drifted (trim or not, null for no name or ""). contacts/contact-name.ts is the one.

const ROOT = join(import.meta.dirname, "../../../..");
const ALLOWED = "packages/core/modules/contacts/contact-name.ts";
/** Source trees that show or query contacts. Migrations are history: the duplicate candidate
 * functions (0020, 0024) compare lower(first_name || ' ' || last_name) because the trigram index
 * of 0005 is built on that expression, and a migration once applied is never edited. */
const TREES = ["packages/core", "apps/web", "apps/worker", "scripts"];
const SKIP_DIRS = new Set(["node_modules", "migrations"]);

const SPELLINGS: RegExp[] = [
  // SQL: the first name concatenated with a space.
  /first_?name\}?\s*\|\|\s*' '/i,
  /concat(_ws)?\(\s*' ',[^)]*first_?name/i,
  // TypeScript: a template or a join of first and last name.
  /\$\{[^}]*firstName[^}]*\}\s+\$\{[^}]*lastName/,
  /\[\s*[\w.?]*firstName\s*,\s*[\w.?]*lastName\s*\]/,
];

const spellsContactName = (text: string): boolean => SPELLINGS.some((re) => re.test(text));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    // Build output (.next, .next-<name>) and other dot directories are no sources.
    if (entry.isDirectory())
      return SKIP_DIRS.has(entry.name) || entry.name.startsWith(".")
        ? []
        : sourceFiles(join(dir, entry.name));
    const isSource = /\.(ts|tsx|mjs|js)$/.test(entry.name) && !/\.(test|int\.test|e2e)\.ts$/.test(entry.name);
    return isSource ? [join(dir, entry.name)] : [];
  });
}

describe("a contact's display name", () => {
  it("is spelled in one place only", () => {
    const spelling = TREES.flatMap((tree) => sourceFiles(join(ROOT, tree)))
      .filter((file) => spellsContactName(readFileSync(file, "utf8")))
      .map((file) => relative(ROOT, file));
    expect(spelling).toEqual([ALLOWED]);
  });

  it("recognises the spellings it replaced", () => {
    // Source text as it stood, placeholders and all.
    const copies = [
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text, not a template
      "sql<string>`trim(${contacts.firstName} || ' ' || ${contacts.lastName})`",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text, not a template
      "`nullif(trim(${contacts.firstName} || ' ' || ${contacts.lastName}), '')`",
      "similarity(lower(c.first_name || ' ' || c.last_name), lower(p.name))",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text, not a template
      "`${c.firstName} ${c.lastName}`.trim()",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text, not a template
      '`${record.firstName ?? ""} ${record.lastName ?? ""}`.trim()',
      '[c.firstName, c.lastName].filter(Boolean).join(" ")',
      "concat_ws(' ', first_name, last_name)",
    ];
    for (const copy of copies) expect(spellsContactName(copy), copy).toBe(true);
    expect(spellsContactName("firstName: contacts.firstName, lastName: contacts.lastName")).toBe(false);
  });
});
