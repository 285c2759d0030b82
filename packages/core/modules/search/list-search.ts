import { type SQL, sql } from "drizzle-orm";
import type { SearchTable } from "./search-sources";

/** Typo alternatives tried per word of a list search (as for the palette). */
const TYPO_ALTERNATIVES = 8;

/**
 * The `?q=` condition of a record list (issue 12.5: "shoen" found nothing, "Schön" no "Schoen"):
 * rows whose folded name (or emails, domain) contains the query, whose words start with each word
 * of the query, or, for a word that is in no name of the org, with one of its typo alternatives
 * (crm_search_typo_tsquery, migration 0023). Folded by crm_search_norm like the indexed text, so
 * accents and German transliteration (ö = oe) match both ways. The two tsqueries are computed once
 * per statement (scalar subqueries); the rest is checked on the rows the list reads anyway.
 */
export function listSearchCondition(table: SearchTable, q: string, options: { emails?: boolean } = {}): SQL {
  const pattern = sql`'%' || replace(replace(replace(crm_search_norm(${q}), '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'`;
  const parts: SQL[] = [sql`${table}.search_name like ${pattern}`];
  if (options.emails) parts.push(sql`${table}.search_emails like ${pattern}`);
  parts.push(
    sql`${table}.search_vector @@ (select crm_search_prefix_tsquery(${q}))`,
    sql`${table}.search_vector @@ (select crm_search_typo_tsquery(${q}, ${TYPO_ALTERNATIVES}))`,
  );
  return sql`(${sql.join(parts, sql` or `)})`;
}
