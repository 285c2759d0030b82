-- Global search: per record table a weighted tsvector plus normalised name, email/domain and phone
-- digits columns, all kept up to date by a BEFORE INSERT/UPDATE trigger (triggers rather than
-- generated columns, so a logical restore that inserts every column still works), with GIN indexes:
-- full text on the vector, trigram (pg_trgm) on the rest for typos, fragments and phone digits.

-- unaccent() is only STABLE (it looks its dictionary up by name); naming the dictionary makes it
-- safe to declare IMMUTABLE, so it can appear in index expressions.
CREATE OR REPLACE FUNCTION crm_unaccent(text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
--> statement-breakpoint
-- Text as search compares it: unaccented, lower case, single spaces.
CREATE OR REPLACE FUNCTION crm_search_norm(text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT btrim(regexp_replace(lower(public.crm_unaccent(coalesce($1, ''))), '\s+', ' ', 'g')) $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION crm_search_digits(text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT regexp_replace(coalesce($1, ''), '[^0-9]', '', 'g') $$;
--> statement-breakpoint
-- Sanitized HTML (activity bodies) as plain text.
CREATE OR REPLACE FUNCTION crm_html_text(text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT replace(replace(replace(replace(replace(replace(
    regexp_replace(coalesce($1, ''), '<[^>]*>', ' ', 'g'),
    '&nbsp;', ' '), '&lt;', '<'), '&gt;', '>'), '&quot;', '"'), '&#39;', ''''), '&amp;', '&')
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION crm_search_vector(body text, weight "char") RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT setweight(to_tsvector('simple'::regconfig, public.crm_search_norm(body)), weight) $$;
--> statement-breakpoint
ALTER TABLE "contacts"
  ADD COLUMN "search_vector" tsvector NOT NULL DEFAULT ''::tsvector,
  ADD COLUMN "search_name" text NOT NULL DEFAULT '',
  ADD COLUMN "search_emails" text NOT NULL DEFAULT '',
  ADD COLUMN "search_phones" text NOT NULL DEFAULT '';
--> statement-breakpoint
ALTER TABLE "companies"
  ADD COLUMN "search_vector" tsvector NOT NULL DEFAULT ''::tsvector,
  ADD COLUMN "search_name" text NOT NULL DEFAULT '',
  ADD COLUMN "search_emails" text NOT NULL DEFAULT '',
  ADD COLUMN "search_phones" text NOT NULL DEFAULT '';
--> statement-breakpoint
ALTER TABLE "leads"
  ADD COLUMN "search_vector" tsvector NOT NULL DEFAULT ''::tsvector,
  ADD COLUMN "search_name" text NOT NULL DEFAULT '',
  ADD COLUMN "search_emails" text NOT NULL DEFAULT '',
  ADD COLUMN "search_phones" text NOT NULL DEFAULT '';
--> statement-breakpoint
ALTER TABLE "deals"
  ADD COLUMN "search_vector" tsvector NOT NULL DEFAULT ''::tsvector,
  ADD COLUMN "search_name" text NOT NULL DEFAULT '';
--> statement-breakpoint
ALTER TABLE "activities"
  ADD COLUMN "search_vector" tsvector NOT NULL DEFAULT ''::tsvector,
  ADD COLUMN "search_name" text NOT NULL DEFAULT '';
--> statement-breakpoint
ALTER TABLE "tasks"
  ADD COLUMN "search_vector" tsvector NOT NULL DEFAULT ''::tsvector,
  ADD COLUMN "search_name" text NOT NULL DEFAULT '';
--> statement-breakpoint
CREATE OR REPLACE FUNCTION contacts_search_fields() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
  NEW.search_name := crm_search_norm(coalesce(NEW.first_name, '') || ' ' || coalesce(NEW.last_name, ''));
  NEW.search_emails := crm_search_norm(coalesce(NEW.email, '') || ' ' || array_to_string(NEW.emails, ' '));
  NEW.search_phones := CASE WHEN jsonb_typeof(NEW.phones) = 'array' THEN coalesce(
    (SELECT string_agg(crm_search_digits(p ->> 'number'), ' ') FROM jsonb_array_elements(NEW.phones) p), '')
    ELSE '' END;
  NEW.search_vector :=
    crm_search_vector(NEW.search_name, 'A') ||
    crm_search_vector(NEW.search_emails, 'A') ||
    crm_search_vector(NEW.title, 'B') ||
    crm_search_vector(coalesce(NEW.source, '') || ' ' || array_to_string(NEW.tags, ' '), 'C');
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION companies_search_fields() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
  NEW.search_name := crm_search_norm(NEW.name);
  NEW.search_emails := crm_search_norm(coalesce(NEW.domain, '') || ' ' || coalesce(NEW.website, ''));
  NEW.search_phones := crm_search_digits(NEW.phone);
  NEW.search_vector :=
    crm_search_vector(NEW.search_name, 'A') ||
    crm_search_vector(NEW.domain, 'A') ||
    crm_search_vector(NEW.industry, 'C') ||
    crm_search_vector(coalesce(NEW.address ->> 'city', '') || ' ' || coalesce(NEW.address ->> 'country', ''), 'C') ||
    crm_search_vector(array_to_string(NEW.tags, ' '), 'C');
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION leads_search_fields() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
  NEW.search_name := crm_search_norm(NEW.name);
  NEW.search_emails := crm_search_norm(NEW.email);
  NEW.search_phones := crm_search_digits(NEW.phone);
  NEW.search_vector :=
    crm_search_vector(NEW.search_name, 'A') ||
    crm_search_vector(NEW.email, 'A') ||
    crm_search_vector(NEW.company_name, 'B') ||
    crm_search_vector(coalesce(NEW.source, '') || ' ' || array_to_string(NEW.tags, ' '), 'C');
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION deals_search_fields() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
  NEW.search_name := crm_search_norm(NEW.title);
  NEW.search_vector :=
    crm_search_vector(NEW.search_name, 'A') ||
    crm_search_vector(coalesce(NEW.lost_reason, '') || ' ' || array_to_string(NEW.tags, ' '), 'C');
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION activities_search_fields() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
  NEW.search_name := crm_search_norm(NEW.subject);
  NEW.search_vector :=
    crm_search_vector(NEW.search_name, 'A') ||
    crm_search_vector(crm_html_text(NEW.body), 'B') ||
    crm_search_vector(array_to_string(NEW.tags, ' '), 'C');
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION tasks_search_fields() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
  NEW.search_name := crm_search_norm(NEW.title);
  NEW.search_vector :=
    crm_search_vector(NEW.search_name, 'A') ||
    crm_search_vector(NEW.notes, 'B') ||
    crm_search_vector(array_to_string(NEW.tags, ' '), 'C');
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER contacts_search_fields BEFORE INSERT OR UPDATE OF first_name, last_name, email, emails, phones, title, source, tags, search_vector, search_name, search_emails, search_phones
  ON "contacts" FOR EACH ROW EXECUTE FUNCTION contacts_search_fields();
--> statement-breakpoint
CREATE TRIGGER companies_search_fields BEFORE INSERT OR UPDATE OF name, domain, website, phone, industry, address, tags, search_vector, search_name, search_emails, search_phones
  ON "companies" FOR EACH ROW EXECUTE FUNCTION companies_search_fields();
--> statement-breakpoint
CREATE TRIGGER leads_search_fields BEFORE INSERT OR UPDATE OF name, email, phone, company_name, source, tags, search_vector, search_name, search_emails, search_phones
  ON "leads" FOR EACH ROW EXECUTE FUNCTION leads_search_fields();
--> statement-breakpoint
CREATE TRIGGER deals_search_fields BEFORE INSERT OR UPDATE OF title, lost_reason, tags, search_vector, search_name
  ON "deals" FOR EACH ROW EXECUTE FUNCTION deals_search_fields();
--> statement-breakpoint
CREATE TRIGGER activities_search_fields BEFORE INSERT OR UPDATE OF subject, body, tags, search_vector, search_name
  ON "activities" FOR EACH ROW EXECUTE FUNCTION activities_search_fields();
--> statement-breakpoint
CREATE TRIGGER tasks_search_fields BEFORE INSERT OR UPDATE OF title, notes, tags, search_vector, search_name
  ON "tasks" FOR EACH ROW EXECUTE FUNCTION tasks_search_fields();
--> statement-breakpoint
-- Fill the new columns for the rows that already exist.
UPDATE "contacts" SET "search_name" = '';
--> statement-breakpoint
UPDATE "companies" SET "search_name" = '';
--> statement-breakpoint
UPDATE "leads" SET "search_name" = '';
--> statement-breakpoint
UPDATE "deals" SET "search_name" = '';
--> statement-breakpoint
UPDATE "activities" SET "search_name" = '';
--> statement-breakpoint
UPDATE "tasks" SET "search_name" = '';
--> statement-breakpoint
CREATE INDEX "contacts_search_vector_idx" ON "contacts" USING gin ("search_vector");
--> statement-breakpoint
CREATE INDEX "contacts_search_name_trgm_idx" ON "contacts" USING gin ("search_name" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX "contacts_search_emails_trgm_idx" ON "contacts" USING gin ("search_emails" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX "contacts_search_phones_trgm_idx" ON "contacts" USING gin ("search_phones" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX "companies_search_vector_idx" ON "companies" USING gin ("search_vector");
--> statement-breakpoint
CREATE INDEX "companies_search_name_trgm_idx" ON "companies" USING gin ("search_name" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX "companies_search_emails_trgm_idx" ON "companies" USING gin ("search_emails" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX "companies_search_phones_trgm_idx" ON "companies" USING gin ("search_phones" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX "leads_search_vector_idx" ON "leads" USING gin ("search_vector");
--> statement-breakpoint
CREATE INDEX "leads_search_name_trgm_idx" ON "leads" USING gin ("search_name" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX "leads_search_emails_trgm_idx" ON "leads" USING gin ("search_emails" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX "leads_search_phones_trgm_idx" ON "leads" USING gin ("search_phones" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX "deals_search_vector_idx" ON "deals" USING gin ("search_vector");
--> statement-breakpoint
CREATE INDEX "deals_search_name_trgm_idx" ON "deals" USING gin ("search_name" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX "activities_search_vector_idx" ON "activities" USING gin ("search_vector");
--> statement-breakpoint
CREATE INDEX "activities_search_name_trgm_idx" ON "activities" USING gin ("search_name" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX "tasks_search_vector_idx" ON "tasks" USING gin ("search_vector");
--> statement-breakpoint
CREATE INDEX "tasks_search_name_trgm_idx" ON "tasks" USING gin ("search_name" gin_trgm_ops);
