// POST /api/v1/reports/run called with real Requests: {data} for a definition, 422 problem+json naming
// the bad field, and a rep's key counts only what the rep may see.
import { createApiKey } from "@crm/core/modules/api-keys/create-api-key";
import { createDeal } from "@crm/core/modules/deals/create-deal";
import { addTestMember, createTestOrg } from "@crm/core/test/factories";
import { useTestDatabase } from "@crm/core/test/test-database";
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "./route";

// biome-ignore lint/correctness/useHookAtTopLevel: a Vitest helper named like a hook, not a React hook
useTestDatabase();

const keys = { admin: "", rep: "" };
let repId = "";

const post = (key: string, body: unknown) =>
  POST(
    new Request("http://localhost:3000/api/v1/reports/run", {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({}) },
  );

beforeAll(async () => {
  const org = await createTestOrg("Report routes");
  const rep = await addTestMember(org.orgId, "rep");
  repId = rep.userId;
  keys.admin = (await createApiKey(org.ctx, { name: "admin", role: "admin" })).key;
  // A key made by the rep (creating keys is an admin action; the key itself has the rep role).
  keys.rep = (await createApiKey({ ...rep.ctx, role: "admin" }, { name: "rep", role: "rep" })).key;
  await createDeal(org.ctx, { title: "Admin's", value: 100_00, currency: "USD" });
  await createDeal(rep.ctx, { title: "Rep's", value: 250_00, currency: "USD" });
});

describe("POST /api/v1/reports/run", () => {
  it("answers {data} with one row per group, as the caller may see", async () => {
    const definition = { object: "deals", measure: { fn: "sum", field: "value" }, groupBy: ["ownerId"] };
    const admin = await post(keys.admin, definition);
    expect(admin.status).toBe(200);
    const { data } = (await admin.json()) as { data: { ownerId: string; value: number }[] };
    expect(data.map((row) => row.value).sort((a, b) => a - b)).toEqual([100_00, 250_00]);
    const rep = await post(keys.rep, definition);
    expect(await rep.json()).toEqual({ data: [{ ownerId: repId, value: 250_00 }] });
  });

  it("answers 422 problem+json naming the unknown field", async () => {
    const response = await post(keys.admin, { object: "deals", groupBy: ["colour"] });
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const body = (await response.json()) as { errors?: Record<string, string[]> };
    expect(body.errors).toEqual({ "groupBy.0": ["Unknown field colour"] });
  });
});
