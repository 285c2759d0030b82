CREATE INDEX "tasks_org_contact_idx" ON "tasks" USING btree ("org_id","contact_id");--> statement-breakpoint
CREATE INDEX "tasks_org_company_idx" ON "tasks" USING btree ("org_id","company_id");--> statement-breakpoint
CREATE INDEX "tasks_org_deal_idx" ON "tasks" USING btree ("org_id","deal_id");