// Route handlers called directly with real Request objects (auth, 401/403/404/422/413, problem+json)
// on a real database: what every route bound from the operation registry does before and after
// the operation runs.
import { createApiKey } from "@crm/core/modules/api-keys/create-api-key";
import { addTestMember, createTestOrg } from "@crm/core/test/factories";
import { useTestDatabase } from "@crm/core/test/test-database";
import { beforeAll, describe, expect, it } from "vitest";
import { restHandlers } from "./rest-handlers";

useTestDatabase();

const list = restHandlers("/contacts", "GET", "POST");
const one = restHandlers("/contacts/{id}", "GET", "PATCH", "DELETE");
const bulk = restHandlers("/contacts/bulk", "POST");
const base = "http://localhost:3000/api/v1";
const keys = { admin: "", readonly: "", other: "" };

const call = (
  handler: (request: Request, route: { params: Promise<Record<string, string>> }) => Promise<Response>,
  init: { path: string; method?: string; key?: string; body?: unknown; params?: Record<string, string> },
) =>
  handler(
    new Request(`${base}${init.path}`, {
      method: init.method ?? "GET",
      headers: {
        ...(init.key ? { authorization: `Bearer ${init.key}` } : {}),
        ...(init.body !== undefined ? { "content-type": "application/json" } : {}),
      },
      body:
        init.body === undefined
          ? undefined
          : typeof init.body === "string"
            ? init.body
            : JSON.stringify(init.body),
    }),
    { params: Promise.resolve(init.params ?? {}) },
  );

async function problem(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  const body = (await response.json()) as {
    status: number;
    title: string;
    errors?: Record<string, string[]>;
  };
  expect(body.status).toBe(status);
  return body;
}

beforeAll(async () => {
  const org = await createTestOrg("Routes");
  const readonly = await addTestMember(org.orgId, "readonly");
  const other = await createTestOrg("Other routes");
  keys.admin = (await createApiKey(org.ctx, { name: "admin", role: "admin" })).key;
  keys.readonly = (
    await createApiKey({ ...readonly.ctx, role: "admin" }, { name: "ro", role: "readonly" })
  ).key;
  keys.other = (await createApiKey(other.ctx, { name: "other", role: "admin" })).key;
});

describe("REST bindings of operations", () => {
  it("401 without or with a wrong key", async () => {
    await problem(await call(list.GET, { path: "/contacts" }), 401);
    await problem(await call(list.GET, { path: "/contacts", key: "crm_nonsense" }), 401);
  });

  it("creates (201 {data}), reads, changes and deletes (204) through the operations", async () => {
    const created = await call(list.POST, {
      path: "/contacts",
      method: "POST",
      key: keys.admin,
      body: { firstName: "Ada" },
    });
    expect(created.status).toBe(201);
    const { data } = (await created.json()) as { data: { id: string; firstName: string } };
    expect(data.firstName).toBe("Ada");
    const params = { id: data.id };
    const read = await call(one.GET, {
      path: `/contacts/${data.id}?include=timeline`,
      key: keys.admin,
      params,
    });
    const withTimeline = (await read.json()) as { data: { id: string }; timeline: { data: unknown[] } };
    expect(withTimeline.data.id).toBe(data.id);
    expect(Array.isArray(withTimeline.timeline.data)).toBe(true);
    const patched = await call(one.PATCH, {
      path: `/contacts/${data.id}`,
      method: "PATCH",
      key: keys.admin,
      body: { title: "Countess" },
      params,
    });
    expect(((await patched.json()) as { data: { title: string } }).data.title).toBe("Countess");
    const listed = await call(list.GET, { path: "/contacts?q=Ada&limit=5", key: keys.admin });
    const page = (await listed.json()) as {
      data: { id: string }[];
      nextCursor: string | null;
      total: number;
    };
    expect(page.data.map((c) => c.id)).toContain(data.id);
    expect(page.total).toBeGreaterThanOrEqual(1);
    const deleted = await call(one.DELETE, {
      path: `/contacts/${data.id}`,
      method: "DELETE",
      key: keys.admin,
      params,
    });
    expect(deleted.status).toBe(204);
    await problem(await call(one.GET, { path: `/contacts/${data.id}`, key: keys.admin, params }), 404);
  });

  it("403 for a role without the permission, 404 for another org's record and for a non-UUID id", async () => {
    await problem(
      await call(list.POST, {
        path: "/contacts",
        method: "POST",
        key: keys.readonly,
        body: { firstName: "X" },
      }),
      403,
    );
    const created = await call(list.POST, {
      path: "/contacts",
      method: "POST",
      key: keys.admin,
      body: { firstName: "B" },
    });
    const { data } = (await created.json()) as { data: { id: string } };
    await problem(
      await call(one.GET, { path: `/contacts/${data.id}`, key: keys.other, params: { id: data.id } }),
      404,
    );
    await problem(
      await call(one.GET, { path: "/contacts/nope", key: keys.admin, params: { id: "nope" } }),
      404,
    );
  });

  it("422 naming the field for bad input, 400 for a body that is not JSON, 413 past the size cap", async () => {
    const bad = await problem(
      await call(list.POST, {
        path: "/contacts",
        method: "POST",
        key: keys.admin,
        body: { firstName: "", leadScore: 500 },
      }),
      422,
    );
    expect(Object.keys(bad.errors ?? {}).sort()).toEqual(["firstName", "leadScore"]);
    const badFilter = await problem(
      await call(list.GET, { path: "/contacts?leadScore[gte]=many", key: keys.admin }),
      422,
    );
    expect(Object.keys(badFilter.errors ?? {})).toEqual(["leadScore[gte]"]);
    await problem(
      await call(list.POST, { path: "/contacts", method: "POST", key: keys.admin, body: "{not json" }),
      400,
    );
    await problem(
      await call(list.POST, {
        path: "/contacts",
        method: "POST",
        key: keys.admin,
        body: { firstName: "x".repeat(2 * 1024 * 1024) },
      }),
      413,
    );
    const bulkBad = await problem(
      await call(bulk.POST, {
        path: "/contacts/bulk",
        method: "POST",
        key: keys.admin,
        body: { action: "addTag", ids: [] },
      }),
      422,
    );
    expect(Object.keys(bulkBad.errors ?? {}).sort()).toEqual(["ids", "tag"]);
  });

  it("a bulk tag add on three contacts is one request answered per id", async () => {
    const ids: string[] = [];
    for (const firstName of ["C1", "C2", "C3"]) {
      const response = await call(list.POST, {
        path: "/contacts",
        method: "POST",
        key: keys.admin,
        body: { firstName },
      });
      ids.push(((await response.json()) as { data: { id: string } }).data.id);
    }
    const response = await call(bulk.POST, {
      path: "/contacts/bulk",
      method: "POST",
      key: keys.admin,
      body: { ids, action: "addTag", tag: "vip" },
    });
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { data: { id: string; ok: boolean }[]; batchId: string };
    expect(answer.data).toEqual(ids.map((id) => ({ id, ok: true })));
    expect(answer.batchId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
