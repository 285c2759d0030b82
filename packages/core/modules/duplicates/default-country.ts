import { eq } from "drizzle-orm";
import type { CountryCode } from "libphonenumber-js";
import type { Tx } from "../../db/client";
import type { Ctx } from "../../platform/context";
import { orgSettings } from "../orgs/tables";
import { countryForTimeZone, parseCountry } from "./phone-key";

/** The country that national phone numbers ("030 1234567") are read in: asked for, else the org's. */
export async function resolveDefaultCountry(
  tx: Tx,
  ctx: Ctx,
  requested?: string | null,
): Promise<CountryCode> {
  const explicit = parseCountry(requested);
  if (explicit) return explicit;
  const [row] = await tx
    .select({ timeZone: orgSettings.timeZone })
    .from(orgSettings)
    .where(eq(orgSettings.orgId, ctx.orgId));
  return countryForTimeZone(row?.timeZone);
}
