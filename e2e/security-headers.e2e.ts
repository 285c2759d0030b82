import { describe } from "vitest";
import { baseURL, expect, test } from "./support/fixtures";

// Regression (issue 13.13): no response carried a Content-Security-Policy, frame-ancestors /
// X-Frame-Options, Referrer-Policy or X-Content-Type-Options. The page CSP is nonce-based, so this
// also checks that the app still runs under it: Next.js' inline bootstrap scripts and next-themes'
// theme script carry the nonce, and the browser reports no violation.

describe("security headers", () => {
  test("pages: a fresh nonce per request in a strict CSP, no framing, nosniff, a referrer policy", async () => {
    const [first, second] = await Promise.all([fetch(`${baseURL()}/sign-in`), fetch(`${baseURL()}/sign-in`)]);
    const csp = first?.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-eval");
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(second?.headers.get("content-security-policy")).not.toContain(`'nonce-${nonce}'`);
    expect(first?.headers.get("x-frame-options")).toBe("DENY");
    expect(first?.headers.get("x-content-type-options")).toBe("nosniff");
    expect(first?.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    const html = (await first?.text()) ?? "";
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);
  });

  test("API answers: nosniff, no framing, and a CSP that allows nothing", async () => {
    const res = await fetch(`${baseURL()}/api/v1/me`);
    expect(res.status).toBe(401);
    expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  });

  test("the app runs under the CSP: no violation, the bootstrap and theme scripts ran", async ({ open }) => {
    const { page } = await open();
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener("securitypolicyviolation", (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    await page.goto("/sign-in");
    await page.waitForLoadState("networkidle");
    const result = await page.evaluate(() => ({
      violations: (window as unknown as { cspViolations: string[] }).cspViolations,
      bootstrapped: Array.isArray((self as unknown as { __next_f?: unknown }).__next_f),
      themed:
        document.documentElement.classList.contains("light") ||
        document.documentElement.classList.contains("dark"),
    }));
    expect(result).toEqual({ violations: [], bootstrapped: true, themed: true });
  });
});
