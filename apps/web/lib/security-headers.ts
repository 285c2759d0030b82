// Pure: used by proxy.ts (pages, per request) and next.config.ts (every response); unit-tested.

/** 16 random bytes, base64: unguessable and fresh for every page request. */
export function generateNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The pages' Content-Security-Policy. Scripts run only with this request's nonce (Next.js puts it on
 * its own scripts, next-themes on its theme script; 'strict-dynamic' lets them load their chunks).
 * Inline style attributes stay allowed: React, Radix and the charts render them, and a nonce in
 * style-src would make browsers ignore 'unsafe-inline'.
 */
export function pageContentSecurityPolicy(options: { nonce: string; dev: boolean; https: boolean }): string {
  const directives = [
    "default-src 'self'",
    // React's dev build reconstructs server stacks with eval; production never needs it.
    `script-src 'self' 'nonce-${options.nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Only behind https: on plain http (a laptop, a LAN address) it would break every asset.
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** API answers are data, never documents to render or frame. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** Headers for every response, pages, API and static files alike. */
export const COMMON_SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
] as const;
