-- Global search, second step (issue 5: p95 < 50 ms at 1M contacts on PostgreSQL and 100k on PGlite).
-- Measured after 0012 with EXPLAIN ANALYZE and per-function timings:
-- - each way of matching was read and scored even when the one before had found plenty: now the
--   full-text match comes first, "contains" only while fewer than `scan` rows were found, typos last;
-- - typo alternatives were looked up for correctly spelled words too ("kshlerin-smitham" found every
--   "Kshlerin"): now only for a word that is neither a vocabulary word nor the start of one;
-- - LIKE through a trigram index reads the posting list of every trigram of the pattern (646 pages,
--   20 ms for an email address at 1M rows): names containing the query are now found through the
--   vocabulary and the full-text index, and emails by the query's longer runs of letters and digits.

-- Typo tolerance, for the words of the query (three characters or more) that are neither a word of
-- the org's vocabulary nor the start of one: those are taken as typed. For each other word, the
-- org's words alike to it (word similarity 0.5, the threshold the name index used), best first, at
-- most `per_word`. As a tsquery among the weight A words (the name; emails and domains are single
-- words there, which vocabulary words do not match) that wants each word or one of its
-- alternatives. Null when no word needs one (the full-text match already covers the query) or a
-- word has none (nothing can match).
CREATE OR REPLACE FUNCTION crm_search_fuzzy_tsquery(words text[], per_word integer)
RETURNS tsquery
LANGUAGE plpgsql STABLE SECURITY DEFINER
-- The org is compared as text for the reason given at crm_search_candidates.
SET search_path = pg_catalog, public SET enable_seqscan = off SET jit = off
SET pg_trgm.word_similarity_threshold = 0.5 SET plan_cache_mode = force_generic_plan
AS $$
DECLARE
  org uuid := public.app_current_org_id();
  w text;
  alternatives text;
  parts text[] := '{}';
  typo boolean := false;
BEGIN
  IF org IS NULL OR coalesce(cardinality(words), 0) = 0 THEN
    RETURN NULL;
  END IF;
  FOREACH w IN ARRAY words LOOP
    IF EXISTS (SELECT 1 FROM crm_search.words x
                WHERE x.word LIKE replace(replace(replace(w, '\', '\\'), '%', '\%'), '_', '\_') || '%'
                  AND x.org_id::text = org::text) THEN
      parts := parts || ('''' || replace(replace(w, '\', '\\'), '''', '''''') || ''':*A');
      CONTINUE;
    END IF;
    typo := true;
    SELECT string_agg('''' || replace(replace(v.word, '\', '\\'), '''', '''''') || ''':A', ' | ')
      INTO alternatives
      FROM (SELECT x.word FROM crm_search.words x
             WHERE x.word %> w AND x.org_id::text = org::text
             GROUP BY x.word
             ORDER BY max(word_similarity(w, x.word)) DESC, max(similarity(w, x.word)) DESC, x.word
             LIMIT per_word) v;
    IF alternatives IS NULL THEN
      RETURN NULL;
    END IF;
    parts := parts || ('(' || alternatives || ')');
  END LOOP;
  IF NOT typo THEN
    RETURN NULL;
  END IF;
  RETURN array_to_string(parts, ' & ')::tsquery;
END
$$;
--> statement-breakpoint
-- Names containing the query, through the vocabulary too: for each run of three letters or digits
-- or more in the query, the org's words containing it (at most `max_words`, shortest first), as a
-- tsquery among the weight A words that wants one word for each run. A trigram index on the names
-- would read the long posting lists of the runs' trigrams ("ith", "son") on every search. Null when
-- the query has no such run, or a run is in no word (then no name contains the query).
CREATE OR REPLACE FUNCTION crm_search_inside_tsquery(q text, max_words integer)
RETURNS tsquery
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public SET enable_seqscan = off SET jit = off
SET plan_cache_mode = force_generic_plan
AS $$
DECLARE
  org uuid := public.app_current_org_id();
  run text;
  alternatives text;
  parts text[] := '{}';
BEGIN
  IF org IS NULL THEN
    RETURN NULL;
  END IF;
  FOR run IN SELECT m[1] FROM regexp_matches(coalesce(q, ''), '([[:alnum:]]{3,})', 'g') AS m LOOP
    SELECT string_agg('''' || replace(replace(v.word, '\', '\\'), '''', '''''') || ''':A', ' | ')
      INTO alternatives
      FROM (SELECT x.word FROM crm_search.words x
             WHERE x.word LIKE '%' || run || '%' AND x.org_id::text = org::text
             GROUP BY x.word
             ORDER BY length(x.word), x.word
             LIMIT max_words) v;
    IF alternatives IS NULL THEN
      RETURN NULL;
    END IF;
    parts := parts || ('(' || alternatives || ')');
  END LOOP;
  IF cardinality(parts) = 0 THEN
    RETURN NULL;
  END IF;
  RETURN array_to_string(parts, ' & ')::tsquery;
END
$$;
--> statement-breakpoint
-- 0012's candidates function (one UNION query per table, no `inside`).
DROP FUNCTION IF EXISTS crm_search_candidates(regclass, text, text, text, text, text, integer, tsquery);
--> statement-breakpoint
-- Candidates in the current org (app.org_id) with their scores, read three ways, each only while
-- fewer than `scan` rows were found and at most that many in all, before they are scored: rows
-- holding the query's words as prefixes (full text); rows containing the query (the name through
-- `inside`, from crm_search_inside_tsquery; the emails by LIKE; phone digits); rows whose name holds
-- for each typo word one of its alternatives (`fuzzy`, from crm_search_fuzzy_tsquery). A common word
-- is answered by its first `scan` exact matches, and a typo is looked up only when the exact ways
-- found too few. Parameters: q the query, tsq its to_tsquery text, contains/starts LIKE patterns,
-- digits phone digits.
--
-- The body is generated below from one template per table; its queries are static, so PL/pgSQL
-- keeps their plans for the session (one generic plan: a condition whose value is NULL matches
-- nothing and its index returns at once). The org is compared as text so that the planner cannot
-- answer the query from an org index and filter every row of the org through the match operators.
DO $generate$
DECLARE
  template constant text := $t$
    IF tbl = '{table}'::regclass THEN
      RETURN QUERY
        SELECT t.id, ({score})::float8 FROM {table} t
         WHERE t.search_vector @@ prefix_q AND t.org_id::text = org::text AND t.deleted_at IS NULL
         LIMIT scan;
      GET DIAGNOSTICS found = ROW_COUNT;
      IF found < scan AND (like_q IS NOT NULL OR digits IS NOT NULL) THEN
        RETURN QUERY
          SELECT t.id, ({score})::float8 FROM {table} t
           WHERE ((t.search_vector @@ inside AND strpos(t.search_name, q) > 0)
                  OR (t.search_name LIKE name_like AND strpos(t.search_name, q) > 0){more_matches})
             AND NOT coalesce(t.search_vector @@ prefix_q, false)
             AND t.org_id::text = org::text AND t.deleted_at IS NULL
           LIMIT scan - found;
        GET DIAGNOSTICS more = ROW_COUNT;
        found := found + more;
      END IF;
      IF found < scan AND fuzzy IS NOT NULL THEN
        RETURN QUERY
          SELECT t.id, ({score})::float8 FROM {table} t
           WHERE t.search_vector @@ fuzzy
             AND NOT coalesce(t.search_vector @@ prefix_q
                              OR (like_q IS NOT NULL AND strpos(t.search_name, q) > 0){more_found}, false)
             AND t.org_id::text = org::text AND t.deleted_at IS NULL
           LIMIT scan - found;
      END IF;
      RETURN;
    END IF;$t$;
  name_score constant text := 'similarity(t.search_name, q) + word_similarity(q, t.search_name) * 0.5'
    || ' + CASE WHEN t.search_name = q THEN 1 WHEN t.search_name LIKE starts THEN 0.5 ELSE 0 END'
    || ' + coalesce(ts_rank(t.search_vector, prefix_q), 0)';
  -- An exact email address or domain is as good as a match gets; a number ending in the digits next.
  contact_score constant text := name_score
    || ' + CASE WHEN q = ANY (string_to_array(t.search_emails, '' '')) THEN 5 ELSE 0 END'
    || ' + CASE WHEN t.search_phones LIKE ''%'' || digits THEN 1 ELSE 0 END';
  contact_matches constant text := ' OR (t.search_emails LIKE like_q AND strpos(t.search_emails, q) > 0)'
    || ' OR t.search_phones LIKE ''%'' || digits || ''%''';
  contact_found constant text := ' OR (like_q IS NOT NULL AND strpos(t.search_emails, q) > 0)'
    || ' OR t.search_phones LIKE ''%'' || digits || ''%''';
  body text := '';
  tbl text;
BEGIN
  FOREACH tbl IN ARRAY ARRAY['contacts', 'companies', 'leads'] LOOP
    body := body || replace(replace(replace(replace(template, '{table}', 'public.' || tbl),
      '{score}', contact_score), '{more_matches}', contact_matches), '{more_found}', contact_found);
  END LOOP;
  FOREACH tbl IN ARRAY ARRAY['deals', 'activities', 'tasks'] LOOP
    body := body || replace(replace(replace(replace(template, '{table}', 'public.' || tbl),
      '{score}', name_score), '{more_matches}', ''), '{more_found}', '');
  END LOOP;
  EXECUTE format($f$
    CREATE OR REPLACE FUNCTION crm_search_candidates(tbl regclass, q text, tsq text, contains text, starts text, digits text, scan integer, fuzzy tsquery, inside tsquery)
    RETURNS TABLE (id uuid, score double precision)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    -- The planner prices the match operators like an equality, so it would rather run them on every
    -- row (30 µs each) or read a btree from end to end than read the GIN indexes, the right plan at
    -- every size; JIT compiling these cheap queries would cost more than running them.
    SET search_path = pg_catalog, public SET enable_seqscan = off SET enable_indexscan = off SET jit = off
    SET plan_cache_mode = force_generic_plan
    AS $body$
    DECLARE
      org uuid := public.app_current_org_id();
      prefix_q tsquery := to_tsquery('simple'::regconfig, nullif(tsq, ''));
      -- "Contains" on the emails through their trigram index, which answers LIKE from three
      -- characters on (below that it reads the whole index). It reads the posting list of every
      -- trigram of the pattern, and those at word boundaries ("  d", "de ") and of short common runs
      -- ("com") are the longest: the pattern is the query's runs of four letters or digits or more
      -- (else three) joined by wildcards, and what it finds is checked for the query itself (strpos).
      -- For an email address that reads a sixth of the index pages the whole address did.
      like_q text;
      -- Names by LIKE only for a query without a run of three letters or digits (no `inside`).
      name_like text;
      found integer;
      more integer;
    BEGIN
      IF org IS NULL OR coalesce(q, '') = '' THEN
        RETURN;
      END IF;
      digits := nullif(digits, '');
      SELECT '%%' || string_agg(m.run[1], '%%' ORDER BY m.n) || '%%' INTO like_q
        FROM regexp_matches(q, '([[:alnum:]]{4,})', 'g') WITH ORDINALITY AS m(run, n);
      IF like_q IS NULL THEN
        SELECT '%%' || string_agg(m.run[1], '%%' ORDER BY m.n) || '%%' INTO like_q
          FROM regexp_matches(q, '([[:alnum:]]{3,})', 'g') WITH ORDINALITY AS m(run, n);
      END IF;
      IF like_q IS NULL AND length(q) >= 3 THEN
        like_q := contains;
        name_like := contains;
      END IF;
      %s
      RAISE EXCEPTION 'not a searchable table: %%', tbl;
    END
    $body$
  $f$, body);
END
$generate$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION crm_search_candidates(regclass, text, text, text, text, text, integer, tsquery, tsquery) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION crm_search_candidates(regclass, text, text, text, text, text, integer, tsquery, tsquery) TO crm_app;
--> statement-breakpoint
REVOKE ALL ON FUNCTION crm_search_inside_tsquery(text, integer) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION crm_search_inside_tsquery(text, integer) TO crm_app;
