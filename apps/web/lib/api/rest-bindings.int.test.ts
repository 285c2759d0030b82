// Route handlers with real Requests for what the REST binding does beyond JSON in and out: a
// multipart upload (POST /imports: permission before the body, 201/202 by the answer), a streamed file answer (errors.csv), the one way to pick the org (`?org=<slug>`:
// honoured for sessions, 404 outside one's orgs; a key naming another org is 403), streamed exports
// (audited before the first byte), DELETE with a JSON body (/shares) and the public,
// self-documenting GET /openapi.json.
import { getDb } from "@crm/core/db/client";
import { createApiKey } from "@crm/core/modules/api-keys/create-api-key";
import { auditLog } from "@crm/core/modules/audit/tables";
import { contactOperations } from "@crm/core/modules/contacts/operations";
import { getMe } from "@crm/core/modules/orgs/get-me";
import { getAuth } from "@crm/core/platform/auth/auth";
import { runOperation } from "@crm/core/platform/operations/run-operation";
import { addTestMember, createTestOrg } from "@crm/core/test/factories";
import { useTestDatabase } from "@crm/core/test/test-database";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { restHandlers } from "./rest-handlers";

// biome-ignore lint/correctness/useHookAtTopLevel: a Vitest helper named like a hook, not a React hook
useTestDatabase();

const base = "http://localhost:3000/api/v1";
type Handler = (request: Request, route: { params: Promise<Record<string, string>> }) => Promise<Response>;
const call = (handler: Handler, request: Request, params: Record<string, string> = {}) =>
  handler(request, { params: Promise.resolve(params) });
const get = (pathAndQuery: string, headers: HeadersInit) =>
  new Request(`${base}${pathAndQuery}`, { headers });

const imports = restHandlers("/imports", "GET", "POST");
const importErrors = restHandlers("/imports/{id}/errors.csv", "GET");
const me = restHandlers("/me", "GET");
const shares = restHandlers("/shares", "GET", "POST", "DELETE");
const openapi = restHandlers("/openapi.json", "GET");
const contactExport = restHandlers("/contacts/export", "GET");
const orgExport = restHandlers("/exports/organization", "GET");

const fixture = {
  admin: {} as HeadersInit,
  readonly: {} as HeadersInit,
  session: {} as HeadersInit,
  orgId: "",
  slug: "",
  secondSlug: "",
  strangerSlug: "",
  repId: "",
};

function upload(headers: HeadersInit, fields: Record<string, string>, file?: { name: string; text: string }) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  if (file) form.set("file", new Blob([file.text], { type: "text/csv" }), file.name);
  return new Request(`${base}/imports`, { method: "POST", headers, body: form });
}

async function problem(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  return (await response.json()) as { errors?: Record<string, string[]> };
}

beforeAll(async () => {
  const org = await createTestOrg("Bindings");
  const second = await createTestOrg("Second");
  const stranger = await createTestOrg("Stranger");
  const rep = await addTestMember(org.orgId, "rep");
  // The admin of `org` is also a readonly member of `second`, and no member of `stranger`.
  await addTestMember(second.orgId, "readonly", { userId: org.userId });
  fixture.orgId = org.orgId;
  fixture.repId = rep.userId;
  fixture.slug = (await getMe(org.ctx)).org.slug;
  fixture.secondSlug = (await getMe(second.ctx)).org.slug;
  fixture.strangerSlug = (await getMe(stranger.ctx)).org.slug;
  const key = async (role: "admin" | "readonly") => (await createApiKey(org.ctx, { name: role, role })).key;
  fixture.admin = { authorization: `Bearer ${await key("admin")}` };
  fixture.readonly = { authorization: `Bearer ${await key("readonly")}` };
  const auth = await getAuth();
  const { headers } = await auth.api.signInEmail({
    body: { email: org.email, password: org.password },
    returnHeaders: true,
  });
  fixture.session = {
    cookie: headers
      .getSetCookie()
      .map((cookie) => cookie.split(";")[0])
      .join("; "),
  };
});

describe("multipart uploads (POST /imports)", () => {
  it("queues an upload (202) and keeps a draft (201)", async () => {
    const csv = { name: "people.csv", text: "First Name,Email\nAda,ada@example.com\n" };
    const queued = await call(imports.POST, upload(fixture.admin, { object: "contacts" }, csv));
    expect(queued.status).toBe(202);
    const { data } = (await queued.json()) as { data: { id: string; status: string } };
    expect(data.status).toBe("queued");
    const draft = await call(
      imports.POST,
      upload(
        fixture.admin,
        { object: "contacts", draft: "true", mapping: '{"First Name":"firstName"}' },
        csv,
      ),
    );
    expect(draft.status).toBe(201);
    expect(((await draft.json()) as { data: { status: string } }).data.status).toBe("draft");
  });

  it("refuses bad fields naming them (422), a role that may not write before reading the body (403), and JSON (400)", async () => {
    const csv = { name: "people.csv", text: "First Name\nAda\n" };
    const noFile = await problem(
      await call(imports.POST, upload(fixture.admin, { object: "contacts" })),
      422,
    );
    expect(noFile.errors).toHaveProperty("file");
    const badMapping = await problem(
      await call(imports.POST, upload(fixture.admin, { object: "contacts", mapping: "{not json" }, csv)),
      422,
    );
    expect(badMapping.errors).toHaveProperty("mapping");
    const badObject = await problem(
      await call(imports.POST, upload(fixture.admin, { object: "planets" }, csv)),
      422,
    );
    expect(badObject.errors).toHaveProperty("object");
    await problem(await call(imports.POST, upload(fixture.readonly, { object: "contacts" }, csv)), 403);
    const json = new Request(`${base}/imports`, {
      method: "POST",
      headers: { ...fixture.admin, "content-type": "application/json" },
      body: JSON.stringify({ object: "contacts" }),
    });
    await problem(await call(imports.POST, json), 400);
  });

  it("answers the refused rows as a CSV download (errors.csv), streamed", async () => {
    const csv = { name: "people.csv", text: "First Name,Email\n,nobody@example.com\nAda,ada@example.com\n" };
    const created = await call(imports.POST, upload(fixture.admin, { object: "contacts" }, csv));
    const { data } = (await created.json()) as { data: { id: string } };
    const download = await call(importErrors.GET, get(`/imports/${data.id}/errors.csv`, fixture.admin), {
      id: data.id,
    });
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(download.headers.get("content-disposition")).toMatch(/^attachment; filename="/);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await download.arrayBuffer());
    expect(text.split("\r\n")[0]).toBe("\uFEFFFirst Name,Email,Row,Error");
    expect(text).toContain("nobody@example.com,2,");
  });
});

describe("the org of a call (?org=<slug>)", () => {
  it("a session picks one of its orgs; another org is a 404", async () => {
    const own = await call(me.GET, get(`/me?org=${fixture.slug}`, fixture.session));
    expect(((await own.json()) as { data: { role: string } }).data.role).toBe("admin");
    const second = await call(me.GET, get(`/me?org=${fixture.secondSlug}`, fixture.session));
    expect(((await second.json()) as { data: { org: { slug: string }; role: string } }).data).toMatchObject({
      org: { slug: fixture.secondSlug },
      role: "readonly",
    });
    await problem(await call(me.GET, get(`/me?org=${fixture.strangerSlug}`, fixture.session)), 404);
    await problem(await call(me.GET, get("/me?org=no-such-org", fixture.session)), 404);
  });

  it("an API key is bound to its org: naming it is fine, naming another is a 403", async () => {
    expect((await call(me.GET, get(`/me?org=${fixture.slug}`, fixture.admin))).status).toBe(200);
    await problem(await call(me.GET, get(`/me?org=${fixture.secondSlug}`, fixture.admin)), 403);
  });
});

describe("streamed exports", () => {
  const exported = async () => {
    const db = await getDb();
    const rows = await db
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(and(eq(auditLog.orgId, fixture.orgId), eq(auditLog.action, "records.exported")));
    return rows.length;
  };

  it("answers a list as CSV for the org ?org names, its audit entry written before the first byte", async () => {
    const before = await exported();
    const response = await call(
      contactExport.GET,
      get(`/contacts/export?org=${fixture.slug}&format=csv&columns=firstName`, fixture.session),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="contacts-/);
    expect(await exported()).toBe(before + 1);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(text.startsWith("\uFEFF")).toBe(true);
    const bad = await problem(
      await call(contactExport.GET, get("/contacts/export?format=pdf", fixture.admin)),
      422,
    );
    expect(bad.errors).toHaveProperty("format");
  });

  it("answers the organization as a ZIP to admins; a readonly key gets 403", async () => {
    const zip = await call(orgExport.GET, get("/exports/organization", fixture.admin));
    expect(zip.status).toBe(200);
    expect(zip.headers.get("content-type")).toBe("application/zip");
    const bytes = new Uint8Array(await zip.arrayBuffer());
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
    await problem(await call(orgExport.GET, get("/exports/organization", fixture.readonly)), 403);
  });
});

describe("DELETE with a JSON body (/shares)", () => {
  it("shares a record and takes the share back, naming it in the body both times", async () => {
    const contact = await runOperation(
      contactOperations.create,
      { orgId: fixture.orgId, userId: null, role: "admin" },
      { firstName: "Shared" },
    );
    const share = { object: "contacts", recordId: contact.id, userId: fixture.repId };
    const send = (method: string) =>
      new Request(`${base}/shares`, {
        method,
        headers: { ...fixture.admin, "content-type": "application/json" },
        body: JSON.stringify(share),
      });
    expect((await call(shares.POST, send("POST"))).status).toBe(201);
    const listed = await call(
      shares.GET,
      get(`/shares?object=contacts&recordId=${contact.id}`, fixture.admin),
    );
    expect(((await listed.json()) as { data: { userId: string }[] }).data.map((s) => s.userId)).toEqual([
      fixture.repId,
    ]);
    expect((await call(shares.DELETE, send("DELETE"))).status).toBe(204);
    const after = await call(
      shares.GET,
      get(`/shares?object=contacts&recordId=${contact.id}`, fixture.admin),
    );
    expect(((await after.json()) as { data: unknown[] }).data).toEqual([]);
  });
});

describe("GET /openapi.json", () => {
  it("is public and documents itself, the org parameter and the multipart upload", async () => {
    const response = await call(openapi.GET, new Request(`${base}/openapi.json`));
    expect(response.status).toBe(200);
    const doc = (await response.json()) as {
      paths: Record<string, Record<string, { security?: unknown[]; parameters?: { $ref?: string }[] }>>;
      components: { parameters: Record<string, { name: string; in: string }> };
    };
    expect(doc.paths["/openapi.json"]?.get?.security).toEqual([]);
    expect(doc.components.parameters.org).toMatchObject({ name: "org", in: "query" });
    expect(doc.paths["/me"]?.get?.parameters).toEqual([{ $ref: "#/components/parameters/org" }]);
    expect(JSON.stringify(doc.paths["/imports"]?.post)).toContain("multipart/form-data");
  });
});
