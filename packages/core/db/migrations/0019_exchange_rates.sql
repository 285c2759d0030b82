CREATE TABLE "exchange_rates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"currency" text NOT NULL,
	"base_currency" text NOT NULL,
	"rate" numeric NOT NULL,
	"valid_from" date NOT NULL,
	"source" text DEFAULT 'manual' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "exchange_rates" ADD CONSTRAINT "exchange_rates_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "exchange_rates_org_base_currency_from_idx" ON "exchange_rates" USING btree ("org_id","base_currency","currency","valid_from");--> statement-breakpoint
CREATE INDEX "exchange_rates_org_currency_idx" ON "exchange_rates" USING btree ("org_id","currency","valid_from","id");--> statement-breakpoint
-- Tenant table: RLS on app.org_id and grants for crm_app (see 0001_tenancy.sql).
SELECT app_enable_tenant_rls('exchange_rates');
