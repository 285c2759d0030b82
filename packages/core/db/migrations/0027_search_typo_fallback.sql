-- Search, fifth step (issue 12.5): a query whose every word is spelled like some word of the org
-- ("Antony Woeschler": there is an Antony, and an Anthony Wöschler) found nothing, because typo
-- alternatives are looked up only for words that are no vocabulary word nor the start of one. When
-- the search found nothing at all, the app asks again with `force`: alternatives for every word.
-- The two-argument function keeps its meaning (and its callers); the work is in the new one.
DROP FUNCTION IF EXISTS crm_search_fuzzy_tsquery(text[], integer, boolean);
--> statement-breakpoint
CREATE FUNCTION crm_search_fuzzy_tsquery(words text[], per_word integer, force boolean)
RETURNS tsquery
LANGUAGE plpgsql STABLE SECURITY DEFINER
-- The org is compared as text for the reason given at crm_search_candidates (0012).
SET search_path = pg_catalog, public SET enable_seqscan = off SET jit = off
SET pg_trgm.word_similarity_threshold = 0.5 SET pg_trgm.similarity_threshold = 0.4
SET plan_cache_mode = force_generic_plan
AS $$
DECLARE
  org uuid := public.app_current_org_id();
  w text;
  alternatives text;
  parts text[] := '{}';
  known text[] := '{}';
BEGIN
  IF org IS NULL OR coalesce(cardinality(words), 0) = 0 THEN
    RETURN NULL;
  END IF;
  -- No typo when every word is a vocabulary word or the start of one: the full-text match has it.
  FOREACH w IN ARRAY words LOOP
    IF EXISTS (SELECT 1 FROM crm_search.words x
                WHERE x.word LIKE replace(replace(replace(w, '\', '\\'), '%', '\%'), '_', '\_') || '%'
                  AND x.org_id::text = org::text) THEN
      known := known || w;
    END IF;
  END LOOP;
  IF cardinality(known) = cardinality(words) AND NOT force THEN
    RETURN NULL;
  END IF;
  -- A query with a typo: each word as typed (when known) or one of its alternatives, so that a
  -- known but short word is corrected too ("jon" starts "jonas", and "jon smiht" means John Smith).
  FOREACH w IN ARRAY words LOOP
    SELECT string_agg('''' || replace(replace(v.word, '\', '\\'), '''', '''''') || ''':A', ' | ')
      INTO alternatives
      FROM (SELECT x.word FROM crm_search.words x
             WHERE (x.word %> w OR x.word % w) AND x.org_id::text = org::text
             GROUP BY x.word
             ORDER BY max(similarity(w, x.word)) + max(word_similarity(w, x.word)) DESC,
                      abs(length(x.word) - length(w)), x.word
             LIMIT per_word) v;
    IF w = ANY (known) THEN
      alternatives := concat_ws(' | ', '''' || replace(replace(w, '\', '\\'), '''', '''''') || ''':*A', alternatives);
    ELSIF alternatives IS NULL THEN
      RETURN NULL;
    END IF;
    parts := parts || ('(' || alternatives || ')');
  END LOOP;
  RETURN array_to_string(parts, ' & ')::tsquery;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION crm_search_fuzzy_tsquery(words text[], per_word integer)
RETURNS tsquery
LANGUAGE sql STABLE
AS $$ SELECT public.crm_search_fuzzy_tsquery(words, per_word, false) $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION crm_search_fuzzy_tsquery(text[], integer, boolean) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION crm_search_fuzzy_tsquery(text[], integer, boolean) TO crm_app;
