DROP INDEX "contacts_org_owner_status_idx";--> statement-breakpoint
DROP INDEX "deals_board_idx";--> statement-breakpoint
CREATE INDEX "contacts_org_owner_status_updated_idx" ON "contacts" USING btree ("org_id","owner_id","lead_status","updated_at","id");--> statement-breakpoint
CREATE INDEX "deals_board_stage_updated_idx" ON "deals" USING btree ("org_id","pipeline_id","stage_id","updated_at","id") WHERE "deals"."deleted_at" is null;