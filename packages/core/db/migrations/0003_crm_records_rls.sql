SELECT app_enable_tenant_rls('companies');
--> statement-breakpoint
SELECT app_enable_tenant_rls('contacts');
--> statement-breakpoint
SELECT app_enable_tenant_rls('leads');
--> statement-breakpoint
SELECT app_enable_tenant_rls('pipelines');
--> statement-breakpoint
SELECT app_enable_tenant_rls('stages');
--> statement-breakpoint
SELECT app_enable_tenant_rls('deals');
--> statement-breakpoint
SELECT app_enable_tenant_rls('deal_contacts');
--> statement-breakpoint
SELECT app_enable_tenant_rls('activities');
--> statement-breakpoint
SELECT app_enable_tenant_rls('tasks');
--> statement-breakpoint
SELECT app_enable_tenant_rls('custom_field_definitions');
--> statement-breakpoint
SELECT app_enable_tenant_rls('record_shares');
--> statement-breakpoint
SELECT app_enable_tenant_rls('saved_views');
--> statement-breakpoint
SELECT app_enable_tenant_rls('notifications');
--> statement-breakpoint
-- Tenant transactions may read the org's members and their names (owners, assignees), nothing more.
ALTER TABLE members ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON members TO crm_app USING (organization_id = app_current_org_id());
--> statement-breakpoint
GRANT SELECT ON members TO crm_app;
--> statement-breakpoint
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY org_members_only ON users TO crm_app USING (
  EXISTS (SELECT 1 FROM members m WHERE m.user_id = users.id AND m.organization_id = app_current_org_id())
);
--> statement-breakpoint
GRANT SELECT (id, name, email, image) ON users TO crm_app;
