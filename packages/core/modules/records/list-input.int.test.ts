import { describe, expect, it } from "vitest";
import { createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { listActivities } from "../activities/list-activities";
import { listTimeline } from "../activities/list-timeline";
import { listCompanies } from "../companies/list-companies";
import { createContact } from "../contacts/create-contact";
import { listContacts } from "../contacts/list-contacts";
import { createDeal } from "../deals/create-deal";
import { listDeals } from "../deals/list-deals";
import { createTask } from "../tasks/create-task";
import { listTasks } from "../tasks/list-tasks";
import { encodeCursor } from "./cursor";
import { listTrash } from "./list-trash";

// Regression (issue 13, item 7): an outside sweep got ~900 answers of 500 from list parameters the
// database refused — cursors holding the wrong type, dates JavaScript accepts and PostgreSQL does not
// (`0`, `+275760-09-13`), `leadScore=1.5`, `value[gte]=1e300`, U+0000, and filter names found on
// Object.prototype (`constructor`: "function lower() does not exist"). Each must be a 422 that
// names the parameter, decided before any SQL runs.

useTestDatabase();

/** The field errors of a refused call, or a description of what happened instead. */
async function refusal(call: Promise<unknown>): Promise<Record<string, string[]> | string> {
  try {
    await call;
    return "accepted";
  } catch (error) {
    const e = error as { code?: string; fieldErrors?: Record<string, string[]>; message?: string };
    if (e.code !== "unprocessable") return `${e.code ?? "no code"}: ${e.message}`;
    return e.fieldErrors ?? "no field errors";
  }
}

const cursor = (v: unknown, id: unknown = "0190a000-0000-7000-8000-000000000000") =>
  Buffer.from(JSON.stringify({ v, id })).toString("base64url");

describe("list parameters the database would refuse are a 422 naming the parameter", () => {
  it("filters: numbers, dates, U+0000 and prototype names", async () => {
    const org = await createTestOrg("Hostile lists");
    await createContact(org.ctx, { firstName: "Ada", tags: ["vip"] });
    const cases: [() => Promise<unknown>, string][] = [
      [() => listContacts(org.ctx, {}, { leadScore: "1.5" }), "leadScore"],
      [() => listContacts(org.ctx, {}, { leadScore: "99999999999" }), "leadScore"],
      [() => listContacts(org.ctx, {}, { "leadScore[gte]": "1e300" }), "leadScore[gte]"],
      [() => listDeals(org.ctx, {}, { "value[gte]": "1e300" }), "value[gte]"],
      [() => listDeals(org.ctx, {}, { value: " " }), "value"],
      [() => listDeals(org.ctx, {}, { expectedCloseDate: "0" }), "expectedCloseDate"],
      [() => listDeals(org.ctx, {}, { expectedCloseDate: "2026-02-30" }), "expectedCloseDate"],
      [() => listDeals(org.ctx, {}, { "expectedCloseDate[gte]": "0000-01-01" }), "expectedCloseDate[gte]"],
      [() => listTasks(org.ctx, {}, { "dueAt[gte]": "+275760-09-13" }), "dueAt[gte]"],
      [() => listTasks(org.ctx, {}, { dueAt: "0" }), "dueAt"],
      [() => listCompanies(org.ctx, {}, { "createdAt[lte]": "9" }), "createdAt[lte]"],
      [() => listContacts(org.ctx, {}, { constructor: "x" }), "constructor"],
      [() => listContacts(org.ctx, {}, { toString: "x" }), "toString"],
      [() => listContacts(org.ctx, {}, { hasOwnProperty: "x" }), "hasOwnProperty"],
      [() => listContacts(org.ctx, {}, { email: "a\u0000b" }), "email"],
      [() => listContacts(org.ctx, {}, { tag: "vip\u0000" }), "tag"],
      [() => listContacts(org.ctx, { q: "ad\u0000a" }, {}), "q"],
      [() => listActivities(org.ctx, {}, { subject: "\u0000" }), "subject"],
    ];
    for (const [call, name] of cases) {
      const errors = await refusal(call());
      expect(errors, name).toBeTypeOf("object");
      expect(Object.keys(errors as object), name).toContain(name);
    }
    // `?sort=constructor` names no sortable field either.
    expect(await refusal(listContacts(org.ctx, { sort: "constructor" }))).toHaveProperty("sort");
    // Valid bounds still work.
    await expect(listContacts(org.ctx, {}, { "leadScore[gte]": "0", tag: "vip" })).resolves.toMatchObject({
      data: [{ firstName: "Ada" }],
    });
  });

  it("cursors whose id or value is not what the columns hold", async () => {
    const org = await createTestOrg("Hostile cursors");
    const contact = await createContact(org.ctx, { firstName: "Ada" });
    const deal = await createDeal(org.ctx, { title: "Deal", value: 10 });
    await createTask(org.ctx, { title: "Task" });
    const cases: [() => Promise<unknown>, string][] = [
      [() => listContacts(org.ctx, { cursor: cursor("x", "not-a-uuid") }), "id not a UUID"],
      [() => listContacts(org.ctx, { cursor: cursor("x", 7) }), "id a number"],
      [() => listContacts(org.ctx, { cursor: cursor({ a: 1 }) }), "value an object"],
      [() => listContacts(org.ctx, { sort: "leadScore", cursor: cursor("abc") }), "text for an integer"],
      [() => listContacts(org.ctx, { sort: "leadScore", cursor: cursor(1.5) }), "fraction for an integer"],
      [() => listContacts(org.ctx, { sort: "leadScore", cursor: cursor(1e300) }), "integer out of range"],
      [
        () => listContacts(org.ctx, { sort: "createdAt", cursor: cursor("yesterday") }),
        "text for a timestamp",
      ],
      [() => listContacts(org.ctx, { sort: "createdAt", cursor: cursor(5) }), "number for a timestamp"],
      [
        () => listContacts(org.ctx, { cursor: cursor("+275760-09-13T00:00:00.000Z") }),
        "timestamp out of range",
      ],
      [() => listContacts(org.ctx, { sort: "firstName", cursor: cursor(true) }), "boolean for text"],
      [() => listContacts(org.ctx, { sort: "firstName", cursor: cursor("a\u0000") }), "U+0000 in text"],
      [
        () => listContacts(org.ctx, { sort: "firstName", cursor: cursor("a\ud800") }),
        "lone surrogate in text",
      ],
      [() => listDeals(org.ctx, { sort: "expectedCloseDate", cursor: cursor("0") }), "0 for a date"],
      [() => listDeals(org.ctx, { sort: "value", cursor: cursor("1e300") }), "text for a bigint"],
      [() => listTasks(org.ctx, { sort: "dueAt", cursor: cursor(null) }), "null for a timestamp"],
      [
        () => listTimeline(org.ctx, { dealId: deal.id }, { cursor: cursor("x") }),
        "timeline: text for a time",
      ],
      [() => listTrash(org.ctx, { object: "contacts", cursor: cursor(1) }), "trash: number for a time"],
      [() => listContacts(org.ctx, { cursor: "!!!not base64 json" }), "not a cursor at all"],
    ];
    for (const [call, name] of cases) {
      expect(await refusal(call()), name).toEqual({ cursor: ["Invalid cursor"] });
    }
    // The cursors the lists hand out still round-trip.
    await createContact(org.ctx, { firstName: "Bob" });
    const first = await listContacts(org.ctx, { limit: 1, sort: "-createdAt" });
    expect(first.nextCursor).not.toBeNull();
    const second = await listContacts(org.ctx, {
      limit: 1,
      sort: "-createdAt",
      cursor: first.nextCursor ?? "",
    });
    expect(second.data).toHaveLength(1);
    const byScore = encodeCursor({ v: 0, id: contact.id });
    await expect(listContacts(org.ctx, { sort: "leadScore", cursor: byScore })).resolves.toHaveProperty(
      "data",
    );
  });
});
