SELECT app_enable_tenant_rls('imports');
--> statement-breakpoint
SELECT app_enable_tenant_rls('import_errors');
--> statement-breakpoint
SELECT app_enable_tenant_rls('import_changes');
--> statement-breakpoint
SELECT app_enable_tenant_rls('import_mapping_templates');
