-- The update trigger of 0011 joined the old and new rows by id to skip unchanged deals: 26 µs per
-- changed row (520 ms for 20,000 moved deals at 1M). Subtracting every old row and adding every new
-- one, then dropping the keys whose sums cancel, gives the same deltas without the join (78 ms for
-- the same update; an update that changes nothing counted still writes nothing).
CREATE OR REPLACE FUNCTION deal_stage_totals_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO public.deal_stage_totals AS t
    (org_id, pipeline_id, stage_id, currency, owner_id, outcome, deal_count, value, weighted_value)
  SELECT org_id, pipeline_id, stage_id, currency, owner_id, outcome, sum(n), sum(v), sum(w)
  FROM (
    SELECT org_id, pipeline_id, stage_id, currency, owner_id, outcome,
           -1 AS n, -value AS v, -round(value * probability / 100.0) AS w
    FROM old_deals WHERE deleted_at IS NULL
    UNION ALL
    SELECT org_id, pipeline_id, stage_id, currency, owner_id, outcome,
           1, value, round(value * probability / 100.0)
    FROM new_deals WHERE deleted_at IS NULL
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
