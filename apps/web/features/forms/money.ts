import { toMajor, toMinor } from "@crm/core/platform/money";
import { z } from "zod";

/** The amount input's text: empty, or a number that is not negative. */
export const amountTextSchema = z
  .string()
  .refine((text) => text.trim() === "" || (Number.isFinite(Number(text)) && Number(text) >= 0), {
    params: { i18n: "invalid" },
  });

/** The currency input's text (an ISO 4217 code once trimmed and upper-cased). */
export const currencyTextSchema = z.string().max(3);

export const currencyCode = (text: string): string => text.trim().toUpperCase();

/** The typed amount in minor units of the currency, or null when the input is empty. */
export function amountToMinor(text: string, currency: string): number | null {
  return text.trim() === "" ? null : toMinor(Number(text), currency);
}

/** What the amount input shows for a stored amount. */
export function amountText(minor: number | null | undefined, currency: string): string {
  return minor === null || minor === undefined ? "" : String(toMajor(minor, currency));
}
