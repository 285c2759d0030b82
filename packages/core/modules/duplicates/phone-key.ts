import { type CountryCode, isSupportedCountry, parsePhoneNumberFromString } from "libphonenumber-js";

/** A phone number in E.164 ("+49301234567"), or null when it is no possible number. */
export function toE164(raw: string, defaultCountry: CountryCode): string | null {
  const parsed = parsePhoneNumberFromString(raw, defaultCountry);
  return parsed?.isPossible() ? parsed.number : null;
}

// The org settings keep a time zone, not a country; the zone names the country well enough to read
// national numbers ("030 1234567") without a country code. Unknown zones fall back to US.
const ZONE_COUNTRY: Record<string, CountryCode> = {
  "Europe/Berlin": "DE",
  "Europe/Vienna": "AT",
  "Europe/Zurich": "CH",
  "Europe/London": "GB",
  "Europe/Dublin": "IE",
  "Europe/Paris": "FR",
  "Europe/Madrid": "ES",
  "Europe/Rome": "IT",
  "Europe/Amsterdam": "NL",
  "Europe/Brussels": "BE",
  "Europe/Luxembourg": "LU",
  "Europe/Copenhagen": "DK",
  "Europe/Stockholm": "SE",
  "Europe/Oslo": "NO",
  "Europe/Helsinki": "FI",
  "Europe/Warsaw": "PL",
  "Europe/Prague": "CZ",
  "Europe/Lisbon": "PT",
  "Europe/Athens": "GR",
  "Asia/Tokyo": "JP",
  "Asia/Kolkata": "IN",
  "Asia/Singapore": "SG",
  "Australia/Sydney": "AU",
  "America/Toronto": "CA",
  "America/Vancouver": "CA",
  "America/Mexico_City": "MX",
  "America/Sao_Paulo": "BR",
};

export function countryForTimeZone(timeZone: string | null | undefined): CountryCode {
  return (timeZone && ZONE_COUNTRY[timeZone]) || "US";
}

/** A country code from input ("de" → "DE"), or null when libphonenumber does not know it. */
export function parseCountry(value: string | null | undefined): CountryCode | null {
  const code = value?.trim().toUpperCase();
  return code && isSupportedCountry(code) ? code : null;
}
