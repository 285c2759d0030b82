// The record routes moved onto the operation registry keep their HTTP contract: a PATCH's 422 names
// the body's fields (not `patch.…`), bodiless POSTs (won, complete, undo, convert) take an empty
// body, the vCard is a text/vcard download, and another org's records are 404 everywhere.
import { createApiKey } from "@crm/core/modules/api-keys/create-api-key";
import { createTestOrg } from "@crm/core/test/factories";
import { useTestDatabase } from "@crm/core/test/test-database";
import { beforeAll, describe, expect, it } from "vitest";
import { restHandlers } from "./rest-handlers";

useTestDatabase();

type Handler = (request: Request, route: { params: Promise<Record<string, string>> }) => Promise<Response>;
const base = "http://localhost:3000/api/v1";
const keys = { admin: "", other: "" };

function call(handler: Handler, path: string, init: { method?: string; key?: string; body?: unknown } = {}) {
  const params = /\/([0-9a-f-]{36})(?:\/|$|\?)/.exec(path);
  return handler(
    new Request(`${base}${path}`, {
      method: init.method ?? "GET",
      headers: {
        authorization: `Bearer ${init.key ?? keys.admin}`,
        ...(init.body !== undefined ? { "content-type": "application/json" } : {}),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    }),
    { params: Promise.resolve<Record<string, string>>(params?.[1] ? { id: params[1] } : {}) },
  );
}

async function json<T>(response: Response, status: number): Promise<T> {
  expect(response.status).toBe(status);
  return (await response.json()) as T;
}

const companies = restHandlers("/companies", "POST");
const company = restHandlers("/companies/{id}", "GET", "PATCH");
const leads = restHandlers("/leads", "POST");
const convert = restHandlers("/leads/{id}/convert", "POST");
const deals = restHandlers("/deals", "POST");
const won = restHandlers("/deals/{id}/won", "POST");
const lost = restHandlers("/deals/{id}/lost", "POST");
const tasks = restHandlers("/tasks", "POST");
const complete = restHandlers("/tasks/{id}/complete", "POST");
const timeline = restHandlers("/timeline", "GET");
const myDay = restHandlers("/my-day", "GET");
const contacts = restHandlers("/contacts", "POST");
const vcard = restHandlers("/contacts/{id}/vcard", "GET");
const mergeContacts = restHandlers("/contacts/merge", "POST");
const undo = restHandlers("/merges/{id}/undo", "POST");

beforeAll(async () => {
  const org = await createTestOrg("Record routes");
  const other = await createTestOrg("Other record routes");
  keys.admin = (await createApiKey(org.ctx, { name: "admin", role: "admin" })).key;
  keys.other = (await createApiKey(other.ctx, { name: "other", role: "admin" })).key;
});

describe("record routes on the operation registry", () => {
  it("a PATCH names the invalid fields of its body; the record answers as {data}", async () => {
    const { data } = await json<{ data: { id: string } }>(
      await call(companies.POST, "/companies", {
        method: "POST",
        body: { name: "Acme", website: "acme.test" },
      }),
      201,
    );
    const invalid = await call(company.PATCH, `/companies/${data.id}`, {
      method: "PATCH",
      body: { domain: "not a domain", sizeBand: "huge" },
    });
    expect(invalid.headers.get("content-type")).toBe("application/problem+json");
    expect(Object.keys((await json<{ errors: object }>(invalid, 422)).errors).sort()).toEqual([
      "domain",
      "sizeBand",
    ]);
    const read = await json<{ data: { website: string; domain: string } }>(
      await call(company.GET, `/companies/${data.id}?include=timeline`),
      200,
    );
    expect(read.data).toMatchObject({ website: "https://acme.test", domain: "acme.test" });
    expect(read).toHaveProperty("timeline.data");
    await json(await call(company.GET, `/companies/${data.id}`, { key: keys.other }), 404);
  });

  it("bodiless POSTs take an empty body: convert, won, lost, complete", async () => {
    const lead = await json<{ data: { id: string } }>(
      await call(leads.POST, "/leads", { method: "POST", body: { name: "Jane Doe", companyName: "Globex" } }),
      201,
    );
    const converted = await json<{ data: { contact: { firstName: string }; company: { name: string } } }>(
      await call(convert.POST, `/leads/${lead.data.id}/convert`, { method: "POST" }),
      200,
    );
    expect(converted.data).toMatchObject({ contact: { firstName: "Jane" }, company: { name: "Globex" } });
    await json(await call(convert.POST, `/leads/${lead.data.id}/convert`, { method: "POST" }), 409);

    const deal = await json<{ data: { id: string } }>(
      await call(deals.POST, "/deals", { method: "POST", body: { title: "Renewal", value: 100 } }),
      201,
    );
    const wonDeal = await json<{ data: { outcome: string; weightedValue: number } }>(
      await call(won.POST, `/deals/${deal.data.id}/won`, { method: "POST" }),
      200,
    );
    expect(wonDeal.data).toMatchObject({ outcome: "won", weightedValue: 100 });
    const lostDeal = await json<{ data: { outcome: string; lostReason: string } }>(
      await call(lost.POST, `/deals/${deal.data.id}/lost`, {
        method: "POST",
        body: { lostReason: "Budget" },
      }),
      200,
    );
    expect(lostDeal.data).toMatchObject({ outcome: "lost", lostReason: "Budget" });
    await json(await call(won.POST, `/deals/${deal.data.id}/won`, { method: "POST", key: keys.other }), 404);

    const task = await json<{ data: { id: string } }>(
      await call(tasks.POST, "/tasks", { method: "POST", body: { title: "Call back" } }),
      201,
    );
    const done = await json<{ data: { status: string; completedAt: string } }>(
      await call(complete.POST, `/tasks/${task.data.id}/complete`, { method: "POST" }),
      200,
    );
    expect(done.data.status).toBe("done");
    expect(typeof done.data.completedAt).toBe("string");
    const day = await json<{ data: { tasks: unknown[]; deals: unknown[]; activities: unknown[] } }>(
      await call(myDay.GET, "/my-day"),
      200,
    );
    expect(Object.keys(day.data).sort()).toEqual(["activities", "deals", "tasks"]);
  });

  it("the timeline answers a page as its body and refuses two anchors, naming the field", async () => {
    const { data } = await json<{ data: { id: string } }>(
      await call(contacts.POST, "/contacts", { method: "POST", body: { firstName: "Ada" } }),
      201,
    );
    const page = await json<{ data: unknown[]; nextCursor: string | null }>(
      await call(timeline.GET, `/timeline?contactId=${data.id}&types=note,call&limit=5`),
      200,
    );
    expect(page).toEqual({ data: [], nextCursor: null });
    const both = await call(timeline.GET, `/timeline?contactId=${data.id}&dealId=${data.id}`);
    expect((await json<{ errors: object }>(both, 422)).errors).toHaveProperty("contactId");
    await json(await call(timeline.GET, `/timeline?contactId=${data.id}`, { key: keys.other }), 404);
  });

  it("the vCard is a text/vcard download; another org's contact is 404", async () => {
    const { data } = await json<{ data: { id: string } }>(
      await call(contacts.POST, "/contacts", {
        method: "POST",
        body: { firstName: "Grace", lastName: "Hopper", email: "grace@navy.test" },
      }),
      201,
    );
    const response = await call(vcard.GET, `/contacts/${data.id}/vcard`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/vcard; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="grace-hopper\.vcf"/);
    const text = await response.text();
    expect(text).toMatch(/^BEGIN:VCARD\r\n/);
    expect(text).toContain("\r\nFN:Grace Hopper\r\n");
    await json(await call(vcard.GET, `/contacts/${data.id}/vcard`, { key: keys.other }), 404);
  });

  it("merges contacts and undoes the merge with an empty body; twice is a 409", async () => {
    const ids: string[] = [];
    for (const firstName of ["Ann", "Anne"]) {
      const { data } = await json<{ data: { id: string } }>(
        await call(contacts.POST, "/contacts", { method: "POST", body: { firstName, lastName: "Lee" } }),
        201,
      );
      ids.push(data.id);
    }
    const [survivorId, mergedId] = ids as [string, string];
    const twice = await call(mergeContacts.POST, "/contacts/merge", {
      method: "POST",
      body: { survivorId, mergedIds: [survivorId] },
    });
    expect((await json<{ errors: object }>(twice, 422)).errors).toHaveProperty("mergedIds");
    const merged = await json<{ data: { mergeId: string; survivorId: string; mergedIds: string[] } }>(
      await call(mergeContacts.POST, "/contacts/merge", {
        method: "POST",
        body: { survivorId, mergedIds: [mergedId], fields: { firstName: mergedId } },
      }),
      200,
    );
    expect(merged.data).toMatchObject({ survivorId, mergedIds: [mergedId] });
    await json(
      await call(undo.POST, `/merges/${merged.data.mergeId}/undo`, { method: "POST", key: keys.other }),
      404,
    );
    const undone = await json<{ data: { restoredIds: string[] } }>(
      await call(undo.POST, `/merges/${merged.data.mergeId}/undo`, { method: "POST" }),
      200,
    );
    expect(undone.data.restoredIds).toEqual([mergedId]);
    await json(await call(undo.POST, `/merges/${merged.data.mergeId}/undo`, { method: "POST" }), 409);
  });
});
