import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "../../platform/errors";
import { runOperation } from "../../platform/operations/run-operation";
import { createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { activityOperations } from "../activities/operations";
import { companyOperations } from "../companies/operations";
import { contactOperations } from "../contacts/operations";
import { dealOperations } from "../deals/operations";
import { taskOperations } from "../tasks/operations";
import { viewOperations } from "../views/operations";

// Regression (issue 13, item 7): U+0000 in a name, a tag or a custom-field key, and dates PostgreSQL
// cannot store (year 0, `+275760-…`), reached the database and came back as a 500. The shared
// schemas refuse them (the REST API and the server actions alike) with the field named.

useTestDatabase();

async function invalidFields(call: Promise<unknown>): Promise<string[]> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  // Operations answer a 422 naming the fields; services not yet bound to one throw the zod error.
  if (error instanceof AppError) {
    expect(error.code).toBe("unprocessable");
    return Object.keys(error.fieldErrors ?? {});
  }
  expect(error).toBeInstanceOf(z.ZodError);
  return (error as z.ZodError).issues.map((issue) => issue.path.join("."));
}

describe("input the database cannot store is refused by the schemas, naming the field", () => {
  it("U+0000 in text, tags and custom-field keys; dates out of PostgreSQL's range", async () => {
    const org = await createTestOrg("Text input");
    expect(
      await invalidFields(runOperation(contactOperations.create, org.ctx, { firstName: "A\u0000" })),
    ).toEqual(["firstName"]);
    expect(
      await invalidFields(
        runOperation(companyOperations.create, org.ctx, { name: "Acme", tags: ["ok", "b\u0000"] }),
      ),
    ).toEqual(["tags.1"]);
    expect(
      await invalidFields(
        runOperation(contactOperations.create, org.ctx, { firstName: "Ada", custom: { "k\u0000": "x" } }),
      ),
    ).toEqual(["custom.k\u0000"]);
    expect(
      await invalidFields(
        runOperation(dealOperations.create, org.ctx, {
          title: "Deal",
          value: 1,
          expectedCloseDate: "0000-01-01",
        }),
      ),
    ).toEqual(["expectedCloseDate"]);
    expect(
      await invalidFields(
        runOperation(taskOperations.create, org.ctx, { title: "Call", dueAt: "0000-01-01T00:00:00Z" }),
      ),
    ).toEqual(["dueAt"]);
    expect(
      await invalidFields(
        runOperation(activityOperations.create, org.ctx, {
          type: "note",
          body: "x\u0000",
          occurredAt: "2026-01-01T00:00:00Z",
        }),
      ),
    ).toContain("body");
  });

  // Regression (issue 13): a lone UTF-16 surrogate in a jsonb value (an address, a phone label, a
  // custom value, a view's state) failed in PostgreSQL as "invalid input syntax for type json".
  it("a lone UTF-16 surrogate in text and in jsonb values", async () => {
    const org = await createTestOrg("Surrogates");
    expect(
      await invalidFields(
        runOperation(companyOperations.create, org.ctx, { name: "Acme", address: { street: "x\ud800y" } }),
      ),
    ).toEqual(["address.street"]);
    expect(
      await invalidFields(
        runOperation(contactOperations.create, org.ctx, {
          firstName: "Ada",
          phones: [{ label: "\udc00", number: "+44 20 7946 0000" }],
        }),
      ),
    ).toEqual(["phones.0.label"]);
    expect(
      await invalidFields(
        runOperation(contactOperations.create, org.ctx, { firstName: "Ada", custom: { "k\ud800": "x" } }),
      ),
    ).toEqual(["custom.k\ud800"]);
    expect(
      await invalidFields(runOperation(contactOperations.create, org.ctx, { firstName: "A\ud800" })),
    ).toEqual(["firstName"]);
    expect(
      await invalidFields(
        runOperation(viewOperations.create, org.ctx, {
          object: "contacts",
          name: "View",
          state: { filters: { q: "\ud800" } },
        }),
      ),
    ).toEqual(["state.filters.q"]);
    // A pair is one character and is stored.
    const company = await runOperation(companyOperations.create, org.ctx, {
      name: "Acme \ud83d\ude00",
      address: { street: "\ud83d\ude00" },
    });
    expect(company.address?.street).toBe("\ud83d\ude00");
  });
});
