import { date, index, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { organizations } from "../orgs/tables";

export const EXCHANGE_RATE_SOURCES = ["manual", "ecb"] as const;
export type ExchangeRateSource = (typeof EXCHANGE_RATE_SOURCES)[number];

/**
 * An org's exchange rate: one major unit of `currency` is worth `rate` major units of
 * `base_currency` (the org's currency when the rate was entered) from `valid_from` on, until a later
 * rate of the same currency. Rates of another base (the org changed its currency) are not applied.
 */
export const exchangeRates = pgTable(
  "exchange_rates",
  {
    id: uuid("id").primaryKey(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    currency: text("currency").notNull(),
    baseCurrency: text("base_currency").notNull(),
    rate: numeric("rate").notNull(),
    validFrom: date("valid_from").notNull(),
    source: text("source").$type<ExchangeRateSource>().notNull().default("manual"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("exchange_rates_org_base_currency_from_idx").on(
      t.orgId,
      t.baseCurrency,
      t.currency,
      t.validFrom,
    ),
    index("exchange_rates_org_currency_idx").on(t.orgId, t.currency, t.validFrom, t.id),
  ],
);

export type ExchangeRateRow = typeof exchangeRates.$inferSelect;
