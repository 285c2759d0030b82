import { AppError } from "@crm/core/platform/errors";
import { describe, expect, it } from "vitest";
import { assertSameOriginWrite } from "./csrf";

const APP_URL = "https://crm.example.com";

function request(path: string, init: { method?: string; headers?: Record<string, string>; body?: BodyInit }) {
  return new Request(`https://crm.example.com${path}`, {
    method: init.method ?? "POST",
    headers: { host: "crm.example.com", ...init.headers },
    body: init.body,
  });
}

function refusal(req: Request, options: { development?: boolean } = {}): string | null {
  try {
    assertSameOriginWrite(req, APP_URL, options);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(403);
    return (error as AppError).message;
  }
}

// Regression (issue 13.4): a cross-origin `POST /api/v1/companies` with the session cookie and
// Content-Type text/plain or form-encoded created the record (201); only SameSite=Lax stood in the way.
describe("assertSameOriginWrite (session-authenticated /api/v1 writes)", () => {
  it("refuses a sibling subdomain or another port, naming the origin", () => {
    for (const origin of ["https://evil.crm.example.com", "http://crm.example.com:8080", "null"]) {
      const message = refusal(
        request("/api/v1/companies", {
          headers: { origin, "content-type": "application/json" },
          body: '{"name":"Forged"}',
        }),
      );
      expect(message).toContain(origin);
    }
  });

  it("refuses a write without Origin unless the browser says it is same-origin", () => {
    const body = '{"name":"Acme"}';
    expect(
      refusal(request("/api/v1/companies", { headers: { "content-type": "application/json" }, body })),
    ).toMatch(/Missing Origin/);
    expect(
      refusal(
        request("/api/v1/companies", {
          headers: { "content-type": "application/json", "sec-fetch-site": "same-site" },
          body,
        }),
      ),
    ).toMatch(/Missing Origin/);
    expect(
      refusal(
        request("/api/v1/companies", {
          headers: { "content-type": "application/json", "sec-fetch-site": "same-origin" },
          body,
        }),
      ),
    ).toBeNull();
  });

  it.each(["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"])(
    "refuses a same-origin body sent as %s, naming the type",
    (type) => {
      const message = refusal(
        request("/api/v1/companies", {
          headers: { origin: APP_URL, "content-type": type },
          body: '{"name":"Forged"}',
        }),
      );
      expect(message).toContain(type.split(";")[0]);
      expect(message).toContain("application/json");
    },
  );

  it("accepts same-origin JSON, and bodyless writes", () => {
    expect(
      refusal(
        request("/api/v1/companies", {
          headers: { origin: APP_URL, "content-type": "application/json; charset=utf-8" },
          body: "{}",
        }),
      ),
    ).toBeNull();
    expect(
      refusal(request("/api/v1/deals/1/won", { headers: { origin: APP_URL, "content-length": "0" } })),
    ).toBeNull();
    expect(
      refusal(request("/api/v1/companies/1", { method: "DELETE", headers: { origin: APP_URL } })),
    ).toBeNull();
  });

  // Regression (issue 13 review): the origin of the request's own Host header was accepted in
  // production too, so a request that sets Host and Origin alike (a DNS-rebound or misrouted name)
  // passed; better-auth trusts the Host only in development.
  it("accepts the host the request was sent to in development only (a LAN address), never in production", () => {
    const lan = () =>
      new Request("http://192.168.1.20:3000/api/v1/companies", {
        method: "POST",
        headers: {
          host: "192.168.1.20:3000",
          origin: "http://192.168.1.20:3000",
          "content-type": "application/json",
        },
        body: "{}",
      });
    expect(refusal(lan(), { development: true })).toBeNull();
    expect(refusal(lan())).toContain("http://192.168.1.20:3000");
    expect(refusal(lan(), { development: false })).toContain("http://192.168.1.20:3000");
    const rebound = request("/api/v1/companies", {
      headers: { host: "evil.example", origin: "https://evil.example", "content-type": "application/json" },
      body: "{}",
    });
    expect(refusal(rebound)).toContain("https://evil.example");
    // APP_URL's origin and a same-origin fetch without Origin stay accepted in production.
    expect(
      refusal(
        request("/api/v1/companies", {
          headers: { origin: APP_URL, "content-type": "application/json" },
          body: "{}",
        }),
      ),
    ).toBeNull();
  });

  it("allows multipart only on the upload route, and only from this site", () => {
    const form = new FormData();
    form.set("object", "contacts");
    const upload = (origin: string) => request("/api/v1/imports", { headers: { origin }, body: form });
    expect(upload(APP_URL).headers.get("content-type")).toMatch(/^multipart\/form-data/);
    expect(refusal(upload(APP_URL))).toBeNull();
    expect(refusal(upload("https://evil.example"))).toContain("https://evil.example");
  });

  it("leaves reads alone", () => {
    expect(
      refusal(request("/api/v1/companies", { method: "GET", headers: { origin: "https://evil.example" } })),
    ).toBeNull();
  });
});
