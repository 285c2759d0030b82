CREATE TABLE "duplicate_pairs" (
	"org_id" uuid NOT NULL,
	"object" text NOT NULL,
	"record_a" uuid NOT NULL,
	"record_b" uuid NOT NULL,
	"score" smallint NOT NULL,
	"name_similarity" real NOT NULL,
	"reasons" jsonb NOT NULL,
	"computed_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "duplicate_pairs_org_id_object_record_a_record_b_pk" PRIMARY KEY("org_id","object","record_a","record_b")
);
--> statement-breakpoint
CREATE TABLE "duplicate_scans" (
	"org_id" uuid NOT NULL,
	"object" text NOT NULL,
	"checked_until" timestamp (3) with time zone,
	"full_scan_started_at" timestamp (3) with time zone,
	"cursor" uuid,
	"scanned" integer DEFAULT 0 NOT NULL,
	"requested_at" timestamp (3) with time zone,
	CONSTRAINT "duplicate_scans_org_id_object_pk" PRIMARY KEY("org_id","object")
);
--> statement-breakpoint
ALTER TABLE "duplicate_pairs" ADD CONSTRAINT "duplicate_pairs_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duplicate_scans" ADD CONSTRAINT "duplicate_scans_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "duplicate_pairs_rank_idx" ON "duplicate_pairs" USING btree ("org_id","object","score","name_similarity","record_a","record_b");--> statement-breakpoint
CREATE INDEX "duplicate_pairs_record_b_idx" ON "duplicate_pairs" USING btree ("org_id","object","record_b");--> statement-breakpoint
SELECT app_enable_tenant_rls('duplicate_pairs');
--> statement-breakpoint
SELECT app_enable_tenant_rls('duplicate_scans');
--> statement-breakpoint
-- Candidate look-alikes outside row-level security (issue 12.4). Under RLS PostgreSQL may not use a
-- non-leakproof operator (&&, %) as an index condition, so each probe of the old candidate query
-- read the whole contacts table three times (23 s for the demo org's 2,000 contacts). As the owner
-- the blocking-key and trigram indexes answer; tenant-safe by construction as in 0009: the org comes
-- from the transaction's app.org_id, and the caller reads the records themselves under RLS and the
-- visibility rules. Per probe: at most `per_key` records sharing an email or phone key, and the
-- `per_name` most similar names (trigram similarity 0.5 or more). `only_after`: candidates with a
-- larger id only, so a scan in id order finds each pair once. Dismissed pairs are left out.
CREATE OR REPLACE FUNCTION dup_contact_candidates(probes jsonb, only_after boolean, per_key integer, per_name integer)
RETURNS TABLE (probe_id uuid, candidate_id uuid, name_similarity real)
LANGUAGE plpgsql STABLE SECURITY DEFINER
-- The org and the ids are compared as text so that the planner answers from the match indexes
-- rather than the org or primary-key index; a bitmap scan of them is the right plan at every size.
SET search_path = pg_catalog, public SET enable_seqscan = off SET enable_indexscan = off SET jit = off
SET pg_trgm.similarity_threshold = 0.5
AS $$
DECLARE
  org uuid := public.app_current_org_id();
BEGIN
  IF org IS NULL THEN
    RETURN;
  END IF;
  RETURN QUERY
  SELECT p.id, c.id, similarity(lower(c.first_name || ' ' || c.last_name), lower(p.name))::real
    FROM jsonb_to_recordset(probes) AS p(id uuid, name text, email text, emails text[], phones jsonb)
    CROSS JOIN LATERAL (
      (SELECT t.id FROM public.contacts t
        WHERE public.dup_email_keys(t.email, t.emails) && public.dup_email_keys(p.email, p.emails)
          AND t.org_id::text = org::text AND t.deleted_at IS NULL
          AND (p.id IS NULL OR CASE WHEN only_after THEN t.id::text > p.id::text ELSE t.id::text <> p.id::text END)
        LIMIT per_key)
      UNION
      (SELECT t.id FROM public.contacts t
        WHERE public.dup_phone_keys(t.phones) && public.dup_phone_keys(p.phones)
          AND t.org_id::text = org::text AND t.deleted_at IS NULL
          AND (p.id IS NULL OR CASE WHEN only_after THEN t.id::text > p.id::text ELSE t.id::text <> p.id::text END)
        LIMIT per_key)
      UNION
      (SELECT t.id FROM public.contacts t
        WHERE lower(t.first_name || ' ' || t.last_name) % lower(p.name)
          AND t.org_id::text = org::text AND t.deleted_at IS NULL
          AND (p.id IS NULL OR CASE WHEN only_after THEN t.id::text > p.id::text ELSE t.id::text <> p.id::text END)
        ORDER BY similarity(lower(t.first_name || ' ' || t.last_name), lower(p.name)) DESC
        LIMIT per_name)
    ) cand
    JOIN public.contacts c ON c.id = cand.id
   WHERE p.id IS NULL OR NOT EXISTS (
     SELECT 1 FROM public.duplicate_dismissals d
      WHERE d.org_id = org AND d.object = 'contacts'
        AND d.record_a = least(p.id, c.id) AND d.record_b = greatest(p.id, c.id));
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION dup_company_candidates(probes jsonb, only_after boolean, per_key integer, per_name integer)
RETURNS TABLE (probe_id uuid, candidate_id uuid, name_similarity real)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public SET enable_seqscan = off SET enable_indexscan = off SET jit = off
SET pg_trgm.similarity_threshold = 0.5
AS $$
DECLARE
  org uuid := public.app_current_org_id();
BEGIN
  IF org IS NULL THEN
    RETURN;
  END IF;
  RETURN QUERY
  SELECT p.id, c.id, similarity(lower(c.name), lower(p.name))::real
    FROM jsonb_to_recordset(probes) AS p(id uuid, name text, domain text, website text, phone text)
    CROSS JOIN LATERAL (
      (SELECT t.id FROM public.companies t
        WHERE public.dup_domain_keys(t.domain, t.website) && public.dup_domain_keys(p.domain, p.website)
          AND t.org_id::text = org::text AND t.deleted_at IS NULL
          AND (p.id IS NULL OR CASE WHEN only_after THEN t.id::text > p.id::text ELSE t.id::text <> p.id::text END)
        LIMIT per_key)
      UNION
      (SELECT t.id FROM public.companies t
        WHERE public.dup_phone_key(t.phone) = public.dup_phone_key(p.phone)
          AND t.org_id = org AND t.deleted_at IS NULL
          AND (p.id IS NULL OR CASE WHEN only_after THEN t.id::text > p.id::text ELSE t.id::text <> p.id::text END)
        LIMIT per_key)
      UNION
      (SELECT t.id FROM public.companies t
        WHERE lower(t.name) % lower(p.name)
          AND t.org_id::text = org::text AND t.deleted_at IS NULL
          AND (p.id IS NULL OR CASE WHEN only_after THEN t.id::text > p.id::text ELSE t.id::text <> p.id::text END)
        ORDER BY similarity(lower(t.name), lower(p.name)) DESC
        LIMIT per_name)
    ) cand
    JOIN public.companies c ON c.id = cand.id
   WHERE p.id IS NULL OR NOT EXISTS (
     SELECT 1 FROM public.duplicate_dismissals d
      WHERE d.org_id = org AND d.object = 'companies'
        AND d.record_a = least(p.id, c.id) AND d.record_b = greatest(p.id, c.id));
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION dup_contact_candidates(jsonb, boolean, integer, integer) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION dup_contact_candidates(jsonb, boolean, integer, integer) TO crm_app;
--> statement-breakpoint
REVOKE ALL ON FUNCTION dup_company_candidates(jsonb, boolean, integer, integer) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION dup_company_candidates(jsonb, boolean, integer, integer) TO crm_app;
