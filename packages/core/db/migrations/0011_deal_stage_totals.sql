CREATE TABLE "deal_stage_totals" (
	"org_id" uuid NOT NULL,
	"pipeline_id" uuid NOT NULL,
	"stage_id" uuid NOT NULL,
	"currency" text NOT NULL,
	"owner_id" uuid,
	"outcome" text,
	"deal_count" integer DEFAULT 0 NOT NULL,
	"value" numeric DEFAULT 0 NOT NULL,
	"weighted_value" numeric DEFAULT 0 NOT NULL,
	CONSTRAINT "deal_stage_totals_key" UNIQUE NULLS NOT DISTINCT("org_id","pipeline_id","stage_id","currency","owner_id","outcome")
);
--> statement-breakpoint
ALTER TABLE "deal_stage_totals" ADD CONSTRAINT "deal_stage_totals_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_stage_totals" ADD CONSTRAINT "deal_stage_totals_stage_id_stages_id_fk" FOREIGN KEY ("stage_id") REFERENCES "public"."stages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contacts_org_created_idx" ON "contacts" USING btree ("org_id","created_at","id");--> statement-breakpoint
CREATE INDEX "deals_org_won_idx" ON "deals" USING btree ("org_id","actual_close_date") WHERE "deals"."outcome" = 'won' and "deals"."deleted_at" is null;--> statement-breakpoint
-- deal_stage_totals follows every write to deals: one statement trigger per event, with transition
-- tables, so a batch of 10,000 rows costs one grouped upsert, not 10,000. Only deals outside the trash
-- count; the weighted value is round(value * probability / 100.0) per deal, as the board computes it.
-- Row order of the upserts is fixed (ORDER BY the key) so concurrent writers lock rows in one order.
-- SECURITY INVOKER: in a tenant transaction the upsert passes the table's RLS like any write.
CREATE OR REPLACE FUNCTION deal_stage_totals_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO public.deal_stage_totals AS t
    (org_id, pipeline_id, stage_id, currency, owner_id, outcome, deal_count, value, weighted_value)
  SELECT org_id, pipeline_id, stage_id, currency, owner_id, outcome,
         count(*), sum(value), sum(round(value * probability / 100.0))
  FROM new_deals
  WHERE deleted_at IS NULL
  GROUP BY org_id, pipeline_id, stage_id, currency, owner_id, outcome
  ORDER BY org_id, pipeline_id, stage_id, currency, owner_id, outcome
  ON CONFLICT ON CONSTRAINT deal_stage_totals_key DO UPDATE SET
    deal_count = t.deal_count + excluded.deal_count,
    value = t.value + excluded.value,
    weighted_value = t.weighted_value + excluded.weighted_value;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- Only updates that change what is counted (the key, value, probability, trash) touch the totals;
-- editing a title or touching updated_at does not.
CREATE OR REPLACE FUNCTION deal_stage_totals_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO public.deal_stage_totals AS t
    (org_id, pipeline_id, stage_id, currency, owner_id, outcome, deal_count, value, weighted_value)
  SELECT org_id, pipeline_id, stage_id, currency, owner_id, outcome, sum(n), sum(v), sum(w)
  FROM (
    SELECT d.org_id, d.pipeline_id, d.stage_id, d.currency, d.owner_id, d.outcome,
           d.sign AS n, d.sign * d.value AS v, d.sign * round(d.value * d.probability / 100.0) AS w
    FROM old_deals o
    JOIN new_deals nw ON nw.id = o.id
    CROSS JOIN LATERAL (
      SELECT -1 AS sign, o.org_id, o.pipeline_id, o.stage_id, o.currency, o.owner_id, o.outcome,
             o.value, o.probability
      WHERE o.deleted_at IS NULL
      UNION ALL
      SELECT 1, nw.org_id, nw.pipeline_id, nw.stage_id, nw.currency, nw.owner_id, nw.outcome,
             nw.value, nw.probability
      WHERE nw.deleted_at IS NULL
    ) d
    WHERE (o.org_id, o.pipeline_id, o.stage_id, o.currency, o.owner_id, o.outcome, o.value,
           o.probability, o.deleted_at IS NULL)
      IS DISTINCT FROM
          (nw.org_id, nw.pipeline_id, nw.stage_id, nw.currency, nw.owner_id, nw.outcome, nw.value,
           nw.probability, nw.deleted_at IS NULL)
  ) delta
  GROUP BY org_id, pipeline_id, stage_id, currency, owner_id, outcome
  HAVING sum(n) <> 0 OR sum(v) <> 0 OR sum(w) <> 0
  ORDER BY org_id, pipeline_id, stage_id, currency, owner_id, outcome
  ON CONFLICT ON CONSTRAINT deal_stage_totals_key DO UPDATE SET
    deal_count = t.deal_count + excluded.deal_count,
    value = t.value + excluded.value,
    weighted_value = t.weighted_value + excluded.weighted_value;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- A deleted deal was counted, so its row exists: subtract in place (never insert, so an org being
-- deleted, whose totals cascade away with it, leaves nothing behind).
CREATE OR REPLACE FUNCTION deal_stage_totals_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE public.deal_stage_totals AS t SET
    deal_count = t.deal_count - d.n,
    value = t.value - d.v,
    weighted_value = t.weighted_value - d.w
  FROM (
    SELECT org_id, pipeline_id, stage_id, currency, owner_id, outcome,
           count(*) AS n, sum(value) AS v, sum(round(value * probability / 100.0)) AS w
    FROM old_deals
    WHERE deleted_at IS NULL
    GROUP BY org_id, pipeline_id, stage_id, currency, owner_id, outcome
  ) d
  WHERE t.org_id = d.org_id AND t.pipeline_id = d.pipeline_id AND t.stage_id = d.stage_id
    AND t.currency = d.currency AND t.owner_id IS NOT DISTINCT FROM d.owner_id
    AND t.outcome IS NOT DISTINCT FROM d.outcome;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER deal_stage_totals_insert AFTER INSERT ON deals
  REFERENCING NEW TABLE AS new_deals FOR EACH STATEMENT EXECUTE FUNCTION deal_stage_totals_after_insert();
--> statement-breakpoint
CREATE TRIGGER deal_stage_totals_update AFTER UPDATE ON deals
  REFERENCING OLD TABLE AS old_deals NEW TABLE AS new_deals FOR EACH STATEMENT EXECUTE FUNCTION deal_stage_totals_after_update();
--> statement-breakpoint
CREATE TRIGGER deal_stage_totals_delete AFTER DELETE ON deals
  REFERENCING OLD TABLE AS old_deals FOR EACH STATEMENT EXECUTE FUNCTION deal_stage_totals_after_delete();
--> statement-breakpoint
SELECT app_enable_tenant_rls('deal_stage_totals');
--> statement-breakpoint
-- Backfill from the deals already there (same grouping and rounding as the triggers).
INSERT INTO deal_stage_totals
  (org_id, pipeline_id, stage_id, currency, owner_id, outcome, deal_count, value, weighted_value)
SELECT org_id, pipeline_id, stage_id, currency, owner_id, outcome,
       count(*), sum(value), sum(round(value * probability / 100.0))
FROM deals
WHERE deleted_at IS NULL
GROUP BY org_id, pipeline_id, stage_id, currency, owner_id, outcome;
