-- Search candidates outside row-level security. Under RLS PostgreSQL may not use an operator that
-- is not leakproof (@@, %, %>, LIKE) as an index condition, so every search as crm_app would scan
-- the whole table. These functions run as the owner instead, and are tenant-safe by construction:
-- the org comes from the transaction's app.org_id (set by withOrg), never from an argument, and
-- the caller still reads the rows themselves under RLS and the record visibility rules.

-- The candidate query for a searchable table. Parameters: $1 query, $2 tsquery text, $3 words,
-- $4 LIKE "contains" pattern, $5 LIKE "starts with" pattern, $6 phone digits, $7 org, $8 row cap.
CREATE OR REPLACE FUNCTION crm_search_candidates_sql(tbl regclass, has_tsquery boolean, word_count integer, query_length integer, has_digits boolean)
RETURNS text
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, public
AS $$
DECLARE
  reachable boolean := tbl IN ('public.contacts'::regclass, 'public.companies'::regclass, 'public.leads'::regclass);
  matches text[] := ARRAY['t.search_name % $1::text'];
  fuzzy text[] := '{}';
  scores text[] := ARRAY[
    'similarity(t.search_name, $1::text)',
    'word_similarity($1::text, t.search_name) * 0.5',
    'CASE WHEN t.search_name = $1::text THEN 1 WHEN t.search_name LIKE $5::text THEN 0.5 ELSE 0 END'
  ];
BEGIN
  IF tbl NOT IN ('public.contacts'::regclass, 'public.companies'::regclass, 'public.leads'::regclass,
                 'public.deals'::regclass, 'public.activities'::regclass, 'public.tasks'::regclass) THEN
    RAISE EXCEPTION 'not a searchable table: %', tbl;
  END IF;
  IF has_tsquery THEN
    matches := array_append(matches, 't.search_vector @@ to_tsquery(''simple''::regconfig, $2::text)');
    scores := array_append(scores, 'ts_rank(t.search_vector, to_tsquery(''simple''::regconfig, $2::text))');
  END IF;
  -- Each word alike to part of the name ("jon smiht"): one indexable condition per word.
  FOR i IN 1 .. coalesce(word_count, 0) LOOP
    fuzzy := array_append(fuzzy, format('t.search_name %%> ($3::text[])[%s]', i));
  END LOOP;
  IF cardinality(fuzzy) > 0 THEN
    matches := array_append(matches, ('(' || array_to_string(fuzzy, ' AND ') || ')'));
  END IF;
  -- Trigram indexes answer LIKE from three characters on.
  IF query_length >= 3 THEN
    matches := array_append(matches, 't.search_name LIKE $4::text');
    IF reachable THEN
      matches := array_append(matches, 't.search_emails LIKE $4::text');
    END IF;
  END IF;
  IF reachable THEN
    -- An exact email address or domain is as good as a match gets.
    scores := array_append(scores, 'CASE WHEN $1::text = ANY (string_to_array(t.search_emails, '' '')) THEN 5 ELSE 0 END');
    IF has_digits THEN
      matches := array_append(matches, 't.search_phones LIKE ''%'' || $6::text || ''%''');
      scores := array_append(scores, 'CASE WHEN t.search_phones LIKE ''%'' || $6::text THEN 1 ELSE 0 END');
    END IF;
  END IF;
  -- The org is compared as text so that the planner cannot answer the query from an org index and
  -- filter every row of the org through the (costly) trigram operators: the match indexes lead.
  RETURN format(
    'SELECT t.id, (%s)::float8 AS score FROM %s t WHERE (%s) AND t.org_id::text = $7::text AND t.deleted_at IS NULL ORDER BY 2 DESC LIMIT $8::integer',
    array_to_string(scores, ' + '), tbl, array_to_string(matches, ' OR ')
  );
END
$$;
--> statement-breakpoint
-- The best `max_rows` matches in the current org (app.org_id), with their scores.
CREATE OR REPLACE FUNCTION crm_search_candidates(tbl regclass, q text, tsq text, words text[], contains text, starts text, digits text, max_rows integer)
RETURNS TABLE (id uuid, score double precision)
LANGUAGE plpgsql STABLE SECURITY DEFINER
-- The planner prices trigram operators like an equality, so on a small table it prefers to run
-- them on every row (30 µs each); the GIN indexes are the right plan at every size.
SET search_path = pg_catalog, public SET enable_seqscan = off
AS $$
DECLARE
  org uuid := public.app_current_org_id();
BEGIN
  IF org IS NULL OR coalesce(q, '') = '' THEN
    RETURN;
  END IF;
  RETURN QUERY EXECUTE public.crm_search_candidates_sql(
    tbl, coalesce(tsq, '') <> '', coalesce(cardinality(words), 0), length(q), coalesce(digits, '') <> ''
  ) USING q, coalesce(tsq, ''), coalesce(words, '{}'::text[]), contains, starts, coalesce(digits, ''), org, max_rows;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION crm_search_candidates(regclass, text, text, text[], text, text, text, integer) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION crm_search_candidates(regclass, text, text, text[], text, text, text, integer) TO crm_app;
