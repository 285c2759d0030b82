// Pure: imported by the sign-in page (server) and its form (client).

const PROBE_ORIGIN = "http://same-origin.invalid";

/**
 * The path to go to after signing in, only when it stays on this origin; else `fallback`.
 * Parsed with the URL parser as a browser would: `/\evil.example`, `/\t/evil.example` and
 * `//evil.example` all leave the origin and are refused, and so do paths that become one of them
 * once dot segments are resolved (`/.//evil.example`). Returns the parsed path, so what is
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
  const path = `${url.pathname}${url.search}${url.hash}`;
  // The parser resolves dot segments: `/.//evil.example` checks as same-origin but its pathname is
  // `//evil.example`, which a browser follows to another host.
  if (path.startsWith("//") || path.startsWith("/\\")) return fallback;
  return path;
}
