// The webhook routes with real Requests: 201 with the secret once, 422 naming url for a refused
// host, 403 for a manager, 404 for another org's admin, 204 on delete.
import { createApiKey } from "@crm/core/modules/api-keys/create-api-key";
import { addTestMember, createTestOrg } from "@crm/core/test/factories";
import { useTestDatabase } from "@crm/core/test/test-database";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getOne, DELETE as remove } from "./[id]/route";
import { POST as create, GET as list } from "./route";

useTestDatabase();

const keys = { admin: "", manager: "", other: "" };
const request = (path: string, key: string, init: { method?: string; body?: unknown } = {}) =>
  new Request(`http://localhost:3000/api/v1${path}`, {
    method: init.method ?? "GET",
    headers: {
      authorization: `Bearer ${key}`,
      ...(init.body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
const noParams = { params: Promise.resolve({}) };

beforeAll(async () => {
  const org = await createTestOrg("Webhook routes");
  const manager = await addTestMember(org.orgId, "manager");
  const other = await createTestOrg("Other webhook routes");
  keys.admin = (await createApiKey(org.ctx, { name: "admin", role: "admin" })).key;
  keys.manager = (await createApiKey({ ...manager.ctx, role: "admin" }, { name: "m", role: "manager" })).key;
  keys.other = (await createApiKey(other.ctx, { name: "other", role: "admin" })).key;
});

describe("/api/v1/webhooks", () => {
  it("creates (201, the secret once), lists without it, and deletes (204)", async () => {
    const body = { url: "http://127.0.0.1:9/hook", events: ["contact.created", "deal.stage_changed"] };
    const created = await create(request("/webhooks", keys.admin, { method: "POST", body }), noParams);
    expect(created.status).toBe(201);
    const { data } = (await created.json()) as { data: { id: string; secret: string; events: string[] } };
    expect(data.secret).toMatch(/^whsec_[A-Za-z0-9+/=]+$/);
    expect(data.events).toEqual(body.events);

    const listed = (await (await list(request("/webhooks", keys.admin), noParams)).json()) as {
      data: Record<string, unknown>[];
    };
    expect(listed.data).toHaveLength(1);
    expect(listed.data[0]).not.toHaveProperty("secret");

    const params = { params: Promise.resolve({ id: data.id }) };
    expect((await getOne(request(`/webhooks/${data.id}`, keys.other), params)).status).toBe(404);
    expect(
      (await remove(request(`/webhooks/${data.id}`, keys.admin, { method: "DELETE" }), params)).status,
    ).toBe(204);
    expect((await getOne(request(`/webhooks/${data.id}`, keys.admin), params)).status).toBe(404);
  });

  it("answers 422 naming url for a metadata address and an unknown event, 403 for a manager", async () => {
    const refused = await create(
      request("/webhooks", keys.admin, {
        method: "POST",
        body: { url: "http://169.254.169.254/latest", events: ["contact.created"] },
      }),
      noParams,
    );
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as { errors: Record<string, string[]> }).errors).toHaveProperty("url");
    const badEvent = await create(
      request("/webhooks", keys.admin, {
        method: "POST",
        body: { url: "ftp://example.com/x", events: ["contact.exploded"] },
      }),
      noParams,
    );
    expect(badEvent.status).toBe(422);
    const errors = ((await badEvent.json()) as { errors: Record<string, string[]> }).errors;
    expect(Object.keys(errors).sort()).toEqual(["events.0", "url"]);
    expect((await list(request("/webhooks", keys.manager), noParams)).status).toBe(403);
  });
});
