-- Global search, third step: the ways of matching after the full-text one (names or emails
-- containing the query, typos) now run only while fewer than `enough` rows were found (the caller
-- passes its page size, or for a rep, who may see few of them, the whole `scan`), not `scan`: a
-- company name typed in full found its 5 deals by full text and then read every deal holding a
-- word of it to find none containing it (10 ms of 25 at 100k on PGlite). ROWS 50: the planner took
-- the function for 1000 rows, and priced a rep's visibility checks past jit_above_cost.
--
-- Otherwise as in 0014 (the comments there describe the three ways and the generated body).
DROP FUNCTION IF EXISTS crm_search_candidates(regclass, text, text, text, text, text, integer, tsquery, tsquery);
--> statement-breakpoint
DO $generate$
DECLARE
  template constant text := $t$
    IF tbl = '{table}'::regclass THEN
      RETURN QUERY
        SELECT t.id, ({score})::float8 FROM {table} t
         WHERE t.search_vector @@ prefix_q AND t.org_id::text = org::text AND t.deleted_at IS NULL
         LIMIT scan;
      GET DIAGNOSTICS found = ROW_COUNT;
      IF found < enough AND (like_q IS NOT NULL OR digits IS NOT NULL) THEN
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
      IF found < enough AND fuzzy IS NOT NULL THEN
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
    CREATE OR REPLACE FUNCTION crm_search_candidates(tbl regclass, q text, tsq text, contains text, starts text, digits text, scan integer, enough integer, fuzzy tsquery, inside tsquery)
    RETURNS TABLE (id uuid, score double precision)
    LANGUAGE plpgsql STABLE SECURITY DEFINER ROWS 50
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
REVOKE ALL ON FUNCTION crm_search_candidates(regclass, text, text, text, text, text, integer, integer, tsquery, tsquery) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION crm_search_candidates(regclass, text, text, text, text, text, integer, integer, tsquery, tsquery) TO crm_app;
