// Every page request: a fresh CSP nonce (Next.js reads it from the request's CSP header and puts it on
// its scripts; the root layout hands it to next-themes). Headers common to all responses, API
// included, come from next.config.ts.
import { env } from "@crm/core/platform/env";
import { type NextRequest, NextResponse } from "next/server";
import { generateNonce, pageContentSecurityPolicy } from "@/lib/security-headers";

export function proxy(request: NextRequest) {
  const nonce = generateNonce();
  const csp = pageContentSecurityPolicy({
    nonce,
    dev: env.NODE_ENV === "development",
    https: env.APP_URL.startsWith("https://"),
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: API routes, build assets and icons get their headers from next.config.ts.
      source: "/((?!api/|_next/static|_next/image|favicon\\.ico|icon|apple-icon|manifest).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
