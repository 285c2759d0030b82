-- Duplicate detection: blocking keys as immutable functions with expression indexes, so finding the
-- candidates of a record is an index lookup instead of a comparison with every other record.
-- All emails of a contact, lowercased.
CREATE OR REPLACE FUNCTION dup_email_keys(email text, emails text[]) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT k), '{}'::text[])
    FROM (SELECT lower(btrim(e)) AS k FROM unnest(array_prepend(email, coalesce(emails, '{}'::text[]))) AS e) s
   WHERE k IS NOT NULL AND k <> ''
$$;
--> statement-breakpoint
-- The last seven digits of a phone number: equal E.164 numbers share them whatever the formatting
-- ("+49 30 1234567" and "030 1234567"); the exact comparison happens in the application. Functions
-- are schema-qualified: PostgreSQL 17 builds indexes with search_path = pg_catalog.
CREATE OR REPLACE FUNCTION dup_phone_key(phone text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN length(d) >= 6 THEN right(d, 7) END
    FROM (SELECT regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g') AS d) s
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION dup_phone_keys(phones jsonb) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT k), '{}'::text[])
    FROM (
      SELECT public.dup_phone_key(p.value ->> 'number') AS k
        FROM jsonb_array_elements(CASE WHEN jsonb_typeof(phones) = 'array' THEN phones ELSE '[]'::jsonb END) AS p(value)
    ) s
   WHERE k IS NOT NULL
$$;
--> statement-breakpoint
-- A company's domain and the host of its website, lowercased, without "www.".
CREATE OR REPLACE FUNCTION dup_domain_keys(domain text, website text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT k), '{}'::text[])
    FROM (
      SELECT rtrim(regexp_replace(lower(btrim(domain)), '^www\.', ''), '.') AS k
      UNION ALL
      SELECT rtrim(substring(lower(btrim(website)) FROM '^(?:[a-z][a-z0-9+.-]*://)?(?:[^/@]*@)?(?:www\.)?([^/:?#]+)'), '.')
    ) s
   WHERE k IS NOT NULL AND k <> ''
$$;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS dupes_contacts_email_keys_idx ON contacts USING gin (dup_email_keys(email, emails));
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS dupes_contacts_phone_keys_idx ON contacts USING gin (dup_phone_keys(phones));
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS dupes_contacts_name_trgm_idx ON contacts USING gin (lower(first_name || ' ' || last_name) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS dupes_companies_domain_keys_idx ON companies USING gin (dup_domain_keys(domain, website));
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS dupes_companies_phone_key_idx ON companies (org_id, dup_phone_key(phone));
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS dupes_companies_name_trgm_idx ON companies USING gin (lower(name) gin_trgm_ops);
--> statement-breakpoint
SELECT app_enable_tenant_rls('duplicate_dismissals');
--> statement-breakpoint
SELECT app_enable_tenant_rls('record_merges');
