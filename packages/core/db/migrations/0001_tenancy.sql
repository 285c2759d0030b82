-- Extensions used by search (trigram, unaccent). Both are trusted extensions on PostgreSQL 13+.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
-- The role tenant transactions run as: not the owner, so row-level security applies to it.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'crm_app') THEN
    CREATE ROLE crm_app NOLOGIN;
  END IF;
END
$$;
--> statement-breakpoint
DO $$
BEGIN
  IF NOT pg_has_role(current_user, 'crm_app', 'MEMBER') THEN
    EXECUTE format('GRANT crm_app TO %I', current_user);
  END IF;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO crm_app;
--> statement-breakpoint
-- The org of the current tenant transaction, or NULL outside one (NULL matches no row).
CREATE OR REPLACE FUNCTION app_current_org_id() RETURNS uuid
LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('app.org_id', true), '')::uuid
$$;
--> statement-breakpoint
-- One call per tenant table: enable RLS, add the org policy, grant DML to crm_app.
-- The owner (migrations, better-auth, CLI, cross-org jobs) is not subject to RLS, by design.
CREATE OR REPLACE FUNCTION app_enable_tenant_rls(tbl regclass) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('DROP POLICY IF EXISTS tenant_isolation ON %s', tbl);
  EXECUTE format(
    'CREATE POLICY tenant_isolation ON %s TO crm_app USING (org_id = app_current_org_id()) WITH CHECK (org_id = app_current_org_id())',
    tbl
  );
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %s TO crm_app', tbl);
END
$$;
--> statement-breakpoint
SELECT app_enable_tenant_rls('org_settings');
--> statement-breakpoint
SELECT app_enable_tenant_rls('api_keys');
--> statement-breakpoint
SELECT app_enable_tenant_rls('audit_log');
--> statement-breakpoint
SELECT app_enable_tenant_rls('dev_mails');
