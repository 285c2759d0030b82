-- Faster global search (issue 5: p95 < 50 ms at 1M contacts). EXPLAIN ANALYZE showed the time in
-- three places: the trigram operators `search_name % q` and `search_name %> word` require no single
-- trigram, so the GIN index merges the posting lists of every trigram of the query (10 to 20 ms a
-- table at 100k rows, growing with the table); every match was scored (10 to 30 µs a row); and the
-- candidate query, built per call, was planned per call (2 to 5 ms a table). Now:
-- - a typo is looked up in a vocabulary of the words of the org's record names (crm_search.words,
--   a few thousand words where the tables have millions of rows), and the alike words found there
--   are matched through the full-text index, which holds exact words;
-- - each way of matching reads at most `scan` rows before they are scored, so a common word costs
--   about what a rare one does;
-- - the queries are static, so their plans are kept for the session;
-- - the trigram threshold is set by the functions, not by a statement of its own.

-- The vocabulary is derived data, like an index: a schema of its own keeps it out of backups and org
-- exports (public tables only), and the triggers below fill it again while a restore inserts rows.
-- Words are added, never removed: a word no record uses any more only costs a wasted lookup.
CREATE SCHEMA IF NOT EXISTS crm_search;
--> statement-breakpoint
REVOKE ALL ON SCHEMA crm_search FROM PUBLIC;
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS crm_search.words (
  org_id uuid NOT NULL REFERENCES public.organizations (id) ON DELETE CASCADE,
  word text NOT NULL
);
--> statement-breakpoint
-- Not unique: a unique index would make a transaction that adds a word wait for another one (a long
-- import) adding the same word; a rare duplicate from such a race is harmless. A hash index, because
-- it only answers equality: the planner could read a btree from end to end instead of the trigram
-- index below.
CREATE INDEX IF NOT EXISTS words_key_idx ON crm_search.words USING hash ((org_id::text || ' ' || word));
--> statement-breakpoint
-- The words of search_name as the full-text index stores them ('simple' parser: "braun-luettgen"
-- gives braun-luettgen, braun and luettgen), long enough for trigrams to compare.
CREATE OR REPLACE FUNCTION crm_search_name_words(search_name text) RETURNS SETOF text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT w.lexeme FROM unnest(to_tsvector('simple'::regconfig, search_name)) w
  WHERE length(w.lexeme) BETWEEN 3 AND 64
$$;
--> statement-breakpoint
-- After each insert or update statement: the new words of the rows' names. Runs as the owner, so the
-- app role needs no rights on the vocabulary; the org comes from the rows, which RLS let through.
CREATE OR REPLACE FUNCTION crm_search_collect_words() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
BEGIN
  INSERT INTO crm_search.words (org_id, word)
  SELECT DISTINCT n.org_id, w.word
    FROM new_rows n CROSS JOIN LATERAL public.crm_search_name_words(n.search_name) AS w(word)
   WHERE NOT EXISTS (SELECT 1 FROM crm_search.words x
                      WHERE x.org_id::text || ' ' || x.word = n.org_id::text || ' ' || w.word);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER contacts_search_words AFTER INSERT ON contacts REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION crm_search_collect_words();
--> statement-breakpoint
CREATE TRIGGER contacts_search_words_update AFTER UPDATE ON contacts REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION crm_search_collect_words();
--> statement-breakpoint
CREATE TRIGGER companies_search_words AFTER INSERT ON companies REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION crm_search_collect_words();
--> statement-breakpoint
CREATE TRIGGER companies_search_words_update AFTER UPDATE ON companies REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION crm_search_collect_words();
--> statement-breakpoint
CREATE TRIGGER leads_search_words AFTER INSERT ON leads REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION crm_search_collect_words();
--> statement-breakpoint
CREATE TRIGGER leads_search_words_update AFTER UPDATE ON leads REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION crm_search_collect_words();
--> statement-breakpoint
CREATE TRIGGER deals_search_words AFTER INSERT ON deals REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION crm_search_collect_words();
--> statement-breakpoint
CREATE TRIGGER deals_search_words_update AFTER UPDATE ON deals REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION crm_search_collect_words();
--> statement-breakpoint
CREATE TRIGGER activities_search_words AFTER INSERT ON activities REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION crm_search_collect_words();
--> statement-breakpoint
CREATE TRIGGER activities_search_words_update AFTER UPDATE ON activities REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION crm_search_collect_words();
--> statement-breakpoint
CREATE TRIGGER tasks_search_words AFTER INSERT ON tasks REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION crm_search_collect_words();
--> statement-breakpoint
CREATE TRIGGER tasks_search_words_update AFTER UPDATE ON tasks REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION crm_search_collect_words();
--> statement-breakpoint
-- The words of the records that exist already.
INSERT INTO crm_search.words (org_id, word)
SELECT DISTINCT t.org_id, w.word
  FROM (SELECT org_id, search_name FROM contacts
        UNION ALL SELECT org_id, search_name FROM companies
        UNION ALL SELECT org_id, search_name FROM leads
        UNION ALL SELECT org_id, search_name FROM deals
        UNION ALL SELECT org_id, search_name FROM activities
        UNION ALL SELECT org_id, search_name FROM tasks) t
  CROSS JOIN LATERAL crm_search_name_words(t.search_name) AS w(word);
--> statement-breakpoint
-- Built after the fill, and without a pending list: unmerged GIN entries are read one by one on
-- every search (20 ms for a few thousand words), and words are seldom added once the org has data.
CREATE INDEX IF NOT EXISTS words_trgm_idx ON crm_search.words USING gin (word public.gin_trgm_ops) WITH (fastupdate = off);
--> statement-breakpoint
ANALYZE crm_search.words;
--> statement-breakpoint
-- Typo tolerance: for each word of the query (three characters or more), the org's words alike to it
-- (word similarity 0.5, the threshold the name index used), best first, at most `per_word`; as a
-- tsquery that wants one of each word's alternatives among the weight A words (the name; emails
-- and domains are single words there, which vocabulary words do not match). Null when a word has
-- none: nothing can match.
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
BEGIN
  IF org IS NULL OR coalesce(cardinality(words), 0) = 0 THEN
    RETURN NULL;
  END IF;
  FOREACH w IN ARRAY words LOOP
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
  RETURN array_to_string(parts, ' & ')::tsquery;
END
$$;
--> statement-breakpoint
DROP FUNCTION IF EXISTS crm_search_candidates(regclass, text, text, text[], text, text, text, integer);
--> statement-breakpoint
-- Replaced by static queries in crm_search_candidates: a query built per call was planned per call,
-- 2 to 5 ms a table, more than running it.
DROP FUNCTION IF EXISTS crm_search_candidates_sql(regclass, boolean, integer, integer, boolean);
--> statement-breakpoint
-- Candidates in the current org (app.org_id) with their scores: rows holding the query's words (as
-- prefixes) or containing it (LIKE, email, phone digits), and rows whose name holds for each typo
-- word one of its alternatives (`fuzzy`, from crm_search_fuzzy_tsquery). Each way reads at most
-- `scan` rows before they are scored. Parameters: q the query, tsq its to_tsquery text,
-- contains/starts LIKE patterns, digits phone digits.
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
      SELECT c.id, c.score FROM (
        (SELECT t.id, ({score})::float8 AS score FROM {table} t
          WHERE (t.search_vector @@ prefix_q OR t.search_name LIKE contains_q{more_matches})
            AND t.org_id::text = org::text AND t.deleted_at IS NULL
          LIMIT scan)
        UNION
        (SELECT t.id, ({score})::float8 AS score FROM {table} t
          WHERE t.search_vector @@ fuzzy AND t.org_id::text = org::text AND t.deleted_at IS NULL
          LIMIT scan)
      ) c;
      RETURN;
    END IF;$t$;
  name_score constant text := 'similarity(t.search_name, q) + word_similarity(q, t.search_name) * 0.5'
    || ' + CASE WHEN t.search_name = q THEN 1 WHEN t.search_name LIKE starts THEN 0.5 ELSE 0 END'
    || ' + coalesce(ts_rank(t.search_vector, prefix_q), 0)';
  -- An exact email address or domain is as good as a match gets; a number ending in the digits next.
  contact_score constant text := name_score
    || ' + CASE WHEN q = ANY (string_to_array(t.search_emails, '' '')) THEN 5 ELSE 0 END'
    || ' + CASE WHEN t.search_phones LIKE ''%'' || digits THEN 1 ELSE 0 END';
  contact_matches constant text := ' OR t.search_emails LIKE contains_q OR t.search_phones LIKE ''%'' || digits || ''%''';
  body text := '';
  tbl text;
BEGIN
  FOREACH tbl IN ARRAY ARRAY['contacts', 'companies', 'leads'] LOOP
    body := body || replace(replace(replace(template, '{table}', 'public.' || tbl), '{score}', contact_score), '{more_matches}', contact_matches);
  END LOOP;
  FOREACH tbl IN ARRAY ARRAY['deals', 'activities', 'tasks'] LOOP
    body := body || replace(replace(replace(template, '{table}', 'public.' || tbl), '{score}', name_score), '{more_matches}', '');
  END LOOP;
  EXECUTE format($f$
    CREATE OR REPLACE FUNCTION crm_search_candidates(tbl regclass, q text, tsq text, contains text, starts text, digits text, scan integer, fuzzy tsquery)
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
      -- Trigram indexes answer LIKE from three characters on; below that the whole index is read.
      contains_q text := CASE WHEN length(q) >= 3 THEN contains END;
    BEGIN
      IF org IS NULL OR coalesce(q, '') = '' THEN
        RETURN;
      END IF;
      digits := nullif(digits, '');
      %s
      RAISE EXCEPTION 'not a searchable table: %%', tbl;
    END
    $body$
  $f$, body);
END
$generate$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION crm_search_candidates(regclass, text, text, text, text, text, integer, tsquery) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION crm_search_candidates(regclass, text, text, text, text, text, integer, tsquery) TO crm_app;
--> statement-breakpoint
REVOKE ALL ON FUNCTION crm_search_fuzzy_tsquery(text[], integer) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION crm_search_fuzzy_tsquery(text[], integer) TO crm_app;
