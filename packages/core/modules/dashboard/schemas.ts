import { z } from "zod";
import { convertedTotalSchema } from "../exchange-rates/schemas";
import { STAGE_KINDS } from "../records/enums";

// What GET /api/v1/dashboard answers. Money is integer minor units per ISO 4217 currency: `totals`
// per currency, and `converted` summed up in the org's currency at today's exchange rates (currencies
// without a rate listed apart, not added in).

const currencyTotalSchema = z.object({
  currency: z.string(),
  count: z.number().int(),
  value: z.number().int(),
});

const stageCurrencyTotalSchema = currencyTotalSchema.extend({ weightedValue: z.number().int() });

/** Counts that could grow without bound stop here; the answer then says "more". */
export const DASHBOARD_COUNT_CAP = 1000;

/** A count that stops at `cap`: `more` means "cap+" (the UI shows "1000+"). */
export const cappedCountSchema = z.object({ count: z.number().int(), more: z.boolean() });
export type CappedCount = z.infer<typeof cappedCountSchema>;

export const dashboardSummarySchema = z.object({
  /** The org's currency; totals list it first. */
  currency: z.string(),
  timeZone: z.string(),
  /** The caller's open tasks: due later today, and due before today. */
  tasks: z.object({ dueToday: cappedCountSchema, overdue: cappedCountSchema }),
  /** Deals the caller owns with no outcome yet, every pipeline. */
  myOpenDeals: z.object({
    count: z.number().int(),
    totals: z.array(currencyTotalSchema),
    converted: convertedTotalSchema,
  }),
  /** Deals the caller may see, won since the first of this month (org's time zone). */
  wonThisMonth: z.object({
    count: z.number().int(),
    totals: z.array(currencyTotalSchema),
    converted: convertedTotalSchema,
  }),
  /** The default pipeline's stages with the deals the caller may see, as on the board. */
  pipeline: z
    .object({
      id: z.uuid(),
      name: z.string(),
      stages: z.array(
        z.object({
          id: z.uuid(),
          name: z.string(),
          kind: z.enum(STAGE_KINDS),
          count: z.number().int(),
          totals: z.array(stageCurrencyTotalSchema),
          converted: convertedTotalSchema,
        }),
      ),
    })
    .nullable(),
  /** Contacts the caller may see created in the last 7 days. */
  newContacts: cappedCountSchema.extend({ since: z.string() }),
  links: z.object({ myDay: z.string(), board: z.string().nullable() }),
});
export type DashboardSummary = z.infer<typeof dashboardSummarySchema>;
