import { and, asc, desc, eq, sql } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { assertCan } from "../../platform/permissions";
import { type ExchangeRateDto, toExchangeRate } from "./exchange-rate-response";
import type { ListExchangeRatesData } from "./schemas";
import { exchangeRates } from "./tables";

type Cursor = [currency: string, validFrom: string, id: string];

const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString("base64url");

function decodeCursor(value: string): Cursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (Array.isArray(parsed) && parsed.length === 3 && parsed.every((p) => typeof p === "string"))
      return parsed as Cursor;
  } catch {}
  throw new AppError("unprocessable", "Invalid cursor", { fieldErrors: { cursor: ["Invalid cursor"] } });
}

/**
 * The org's exchange rates (every member reads them: totals are converted with them), by currency,
 * newest first within a currency, keyset-paged. Rates entered for an earlier org currency are listed
 * with their base.
 */
export async function listExchangeRates(
  ctx: Ctx,
  { currency, limit, cursor }: ListExchangeRatesData,
): Promise<{ data: ExchangeRateDto[]; nextCursor: string | null }> {
  assertCan(ctx, "org:read");
  const after = cursor ? decodeCursor(cursor) : undefined;
  const rows = await withOrg(ctx, (tx) =>
    tx
      .select()
      .from(exchangeRates)
      .where(
        and(
          eq(exchangeRates.orgId, ctx.orgId),
          currency ? eq(exchangeRates.currency, currency) : undefined,
          after
            ? sql`(${exchangeRates.currency} > ${after[0]} or (${exchangeRates.currency} = ${after[0]} and (${exchangeRates.validFrom} < ${after[1]} or (${exchangeRates.validFrom} = ${after[1]} and ${exchangeRates.id} > ${after[2]}))))`
            : undefined,
        ),
      )
      .orderBy(asc(exchangeRates.currency), desc(exchangeRates.validFrom), asc(exchangeRates.id))
      .limit(limit + 1),
  );
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    data: page.map(toExchangeRate),
    nextCursor: rows.length > limit && last ? encodeCursor([last.currency, last.validFrom, last.id]) : null,
  };
}
