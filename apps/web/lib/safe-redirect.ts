// Pure: imported by the sign-in page (server) and its form (client).

const PROBE_ORIGIN = "http://same-origin.invalid";

/**
 * The path to go to after signing in, only when it stays on this origin; else `fallback`.
 * Parsed with the URL parser as a browser would: `/\evil.example`, `/\t/evil.example` and
 * `//evil.example` all leave the origin and are refused. Returns the parsed path, so what is
 * followed is exactly what was checked.
 */
export function safeRedirectPath(value: string | null | undefined, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/")) return fallback;
  let url: URL;
  try {
    url = new URL(value, PROBE_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PROBE_ORIGIN) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
