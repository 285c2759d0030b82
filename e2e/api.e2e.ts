import { createApiKey } from "./support/accounts";
import { baseURL, expect, test } from "./support/fixtures";
import { createRecord } from "./support/records";

// The REST API with keys made on the settings page: what each role's key may read and write.

const api = (key: string, path: string, init: RequestInit = {}) =>
  fetch(`${baseURL()}/api/v1${path}`, {
    ...init,
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json", ...init.headers },
  });

test("REST API v1: rep keys see only their deals, readonly keys cannot write, 422 names the field", async ({
  org,
}) => {
  const rep = await org.addMember("rep", "Rex Rep");
  const { page } = await org.pageAs();
  const readonlyKey = await createApiKey(page, org.slug, "Zapier", /Read-only/);
  const repKey = await createApiKey(page, org.slug, "Rep script", /Sales rep/);
  // The rep creates a deal of their own through the API with their session.
  const repDealId = await createRecord(await org.apiAs(rep), "/deals", {
    title: "Rex's deal",
    value: 120000,
  });

  // A key with the rep role acts for the admin who created it, with a rep's rights.
  const created = await api(repKey, "/deals", {
    method: "POST",
    body: JSON.stringify({ title: "Key deal", value: 5000 }),
  });
  expect(created.status).toBe(201);
  const keyDeal = ((await created.json()) as { data: { id: string; probability: number; stageId: string } })
    .data;
  const list = (await (await api(repKey, "/deals?limit=200")).json()) as {
    data: { id: string }[];
    nextCursor: null;
  };
  expect(list.data.map((d) => d.id)).toContain(keyDeal.id);
  expect(list.data.map((d) => d.id)).not.toContain(repDealId);
  const hidden = await api(repKey, `/deals/${repDealId}`);
  expect(hidden.status).toBe(404);
  expect(hidden.headers.get("content-type")).toContain("application/problem+json");

  // The readonly key reads everything and writes nothing.
  expect((await api(readonlyKey, `/deals/${repDealId}`)).status).toBe(200);
  for (const [method, path, body] of [
    ["POST", "/deals", { title: "x" }],
    ["PATCH", `/deals/${keyDeal.id}`, { title: "y" }],
    ["DELETE", `/deals/${keyDeal.id}`, undefined],
    ["POST", "/contacts", { firstName: "x" }],
  ] as const) {
    const response = await api(readonlyKey, path, {
      method,
      body: body ? JSON.stringify(body) : undefined,
    });
    expect(response.status, `${method} ${path}`).toBe(403);
  }

  // Bad input is a 422 naming the field.
  const invalid = await api(repKey, "/contacts", {
    method: "POST",
    body: JSON.stringify({ firstName: "", email: "nope" }),
  });
  expect(invalid.status).toBe(422);
  const problem = (await invalid.json()) as { errors: Record<string, string[]> };
  expect(Object.keys(problem.errors)).toEqual(expect.arrayContaining(["firstName", "email"]));

  // Moving the deal through the stage endpoint sets the stage's probability.
  const pipelines = (await (await api(repKey, "/pipelines")).json()) as {
    data: { stages: { id: string; probability: number; kind: string }[] }[];
  };
  const proposal = pipelines.data[0]?.stages.find((s) => s.kind === "open" && s.id !== keyDeal.stageId);
  if (!proposal) throw new Error("default pipeline has no second open stage");
  const moved = await api(repKey, `/deals/${keyDeal.id}/stage`, {
    method: "PUT",
    body: JSON.stringify({ stageId: proposal.id }),
  });
  expect(moved.status).toBe(200);
  expect(((await moved.json()) as { data: { probability: number } }).data.probability).toBe(
    proposal.probability,
  );
  expect(moved.headers.get("ratelimit-limit")).toBe("600");

  // One request for a record page: the deal with its timeline (the stage change just logged).
  const page1 = await api(repKey, `/deals/${keyDeal.id}?include=timeline`);
  expect(page1.status).toBe(200);
  const withTimeline = (await page1.json()) as {
    data: { id: string };
    timeline: { data: { subject: string | null }[]; nextCursor: string | null };
  };
  expect(withTimeline.data.id).toBe(keyDeal.id);
  expect(withTimeline.timeline.data.map((a) => a.subject)).toContainEqual(expect.stringMatching(/^Stage: /));
  expect((await api(repKey, `/deals/${repDealId}?include=timeline`)).status).toBe(404);
  expect((await api(repKey, `/deals/${keyDeal.id}?include=owner`)).status).toBe(422);
});
