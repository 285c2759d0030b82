import { describe, expect, it } from "vitest";
import nextConfig from "../next.config";
import { generateNonce, pageContentSecurityPolicy } from "./security-headers";

const directives = (csp: string) => new Map(csp.split("; ").map((d) => [d.split(" ")[0], d] as const));

// Regression (issue 13.13): no response carried a CSP, frame-ancestors/X-Frame-Options,
// Referrer-Policy or X-Content-Type-Options.
describe("security headers", () => {
  it("page CSP: scripts only with this request's nonce, no framing, no plugins", () => {
    const csp = directives(pageContentSecurityPolicy({ nonce: "abc123", dev: false, https: false }));
    expect(csp.get("script-src")).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp.get("frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(csp.get("object-src")).toBe("object-src 'none'");
    expect(csp.get("base-uri")).toBe("base-uri 'self'");
    expect(csp.get("default-src")).toBe("default-src 'self'");
    expect(csp.has("upgrade-insecure-requests")).toBe(false);
  });

  it("page CSP: eval only in development, https upgrades only behind https", () => {
    expect(pageContentSecurityPolicy({ nonce: "n", dev: true, https: false })).toContain("'unsafe-eval'");
    expect(pageContentSecurityPolicy({ nonce: "n", dev: false, https: true })).toContain(
      "upgrade-insecure-requests",
    );
  });

  it("nonces are fresh and long enough", () => {
    const a = generateNonce();
    expect(a).not.toBe(generateNonce());
    expect(atob(a)).toHaveLength(16);
  });

  it("every response (pages, API, assets) gets nosniff, DENY and a referrer policy; the API a CSP of its own", async () => {
    const rules = (await nextConfig.headers?.()) ?? [];
    const all = rules.find((r) => r.source === "/:path*");
    expect(Object.fromEntries((all?.headers ?? []).map((h) => [h.key.toLowerCase(), h.value]))).toEqual({
      "x-content-type-options": "nosniff",
      "x-frame-options": "DENY",
      "referrer-policy": "strict-origin-when-cross-origin",
    });
    const api = rules.find((r) => r.source === "/api/:path*");
    expect(api?.headers).toEqual([
      { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" },
    ]);
  });
});
