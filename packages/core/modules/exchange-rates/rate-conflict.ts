import { and, eq, ne } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { AppError } from "../../platform/errors";
import { exchangeRates } from "./tables";

type Key = { baseCurrency: string; currency: string; validFrom: string };

/** One rate per currency and day: a second one is a conflict at the date field, not a database error. */
export async function assertRateIsFree(tx: Tx, orgId: string, key: Key, exceptId?: string) {
  const [taken] = await tx
    .select({ id: exchangeRates.id })
    .from(exchangeRates)
    .where(
      and(
        eq(exchangeRates.orgId, orgId),
        eq(exchangeRates.baseCurrency, key.baseCurrency),
        eq(exchangeRates.currency, key.currency),
        eq(exchangeRates.validFrom, key.validFrom),
        exceptId ? ne(exchangeRates.id, exceptId) : undefined,
      ),
    );
  if (taken)
    throw new AppError("conflict", "This currency already has a rate from that day", {
      fieldErrors: { validFrom: ["A rate from this day exists"] },
    });
}
