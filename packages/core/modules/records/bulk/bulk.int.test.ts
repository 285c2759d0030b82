import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "../../../db/client";
import { AppError } from "../../../platform/errors";
import { runOperation } from "../../../platform/operations/run-operation";
import { addTestMember, createTestOrg } from "../../../test/factories";
import { useTestDatabase } from "../../../test/test-database";
import { auditLog } from "../../audit/tables";
import { createContact } from "../../contacts/create-contact";
import { contacts } from "../../contacts/tables";
import { bulkOperations } from "./bulk-operations";

useTestDatabase();

const bulk = bulkOperations.contacts;

describe("bulk changes", () => {
  it("adds a tag to three contacts in one call and one audit batch, leaving one that has it unchanged", async () => {
    const org = await createTestOrg("Bulk tags");
    const a = await createContact(org.ctx, { firstName: "A" });
    const b = await createContact(org.ctx, { firstName: "B", tags: ["VIP"] });
    const c = await createContact(org.ctx, { firstName: "C", tags: ["lead"] });
    const result = await runOperation(bulk, org.ctx, {
      action: "addTag",
      ids: [a.id, b.id, c.id],
      tag: "vip",
    });
    expect(result.data).toEqual([a, b, c].map(({ id }) => ({ id, ok: true })));
    const db = await getDb();
    const rows = await db
      .select({ id: contacts.id, tags: contacts.tags })
      .from(contacts)
      .where(inArray(contacts.id, [a.id, b.id, c.id]));
    expect(Object.fromEntries(rows.map((r) => [r.id, r.tags]))).toEqual({
      [a.id]: ["vip"],
      [b.id]: ["VIP"],
      [c.id]: ["lead", "vip"],
    });
    const entries = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, org.orgId), eq(auditLog.batchId, result.batchId)));
    expect(entries.map((e) => e.entityId).sort()).toEqual([a.id, c.id].sort());
    expect(entries.find((e) => e.entityId === c.id)?.after).toEqual({ tags: ["lead", "vip"] });

    const removed = await runOperation(bulk, org.ctx, { action: "removeTag", ids: [a.id, b.id], tag: "Vip" });
    expect(removed.data.every((o) => o.ok)).toBe(true);
    const after = await db
      .select({ tags: contacts.tags })
      .from(contacts)
      .where(inArray(contacts.id, [a.id, b.id]));
    expect(after.map((r) => r.tags)).toEqual([[], []]);
  });

  it("answers per id: another org's record is 404, a rep's view-only record 403, the rest changed", async () => {
    const org = await createTestOrg("Bulk per id");
    const other = await createTestOrg("Bulk other");
    const rep = await addTestMember(org.orgId, "rep");
    const mine = await createContact(rep.ctx, { firstName: "Mine" });
    const theirs = await createContact(org.ctx, { firstName: "Admin's" });
    const foreign = await createContact(other.ctx, { firstName: "Foreign" });
    const result = await runOperation(bulk, rep.ctx, {
      action: "update",
      ids: [mine.id, theirs.id, foreign.id],
      patch: { title: "Buyer" },
    });
    // Reps do not see the admin's record (no reps-read-all setting): 404 like the single call.
    expect(result.data.map((o) => (o.ok ? 200 : o.status))).toEqual([200, 404, 404]);
    const db = await getDb();
    const [row] = await db.select({ title: contacts.title }).from(contacts).where(eq(contacts.id, mine.id));
    expect(row?.title).toBe("Buyer");

    const trashed = await runOperation(bulk, org.ctx, { action: "delete", ids: [mine.id, foreign.id] });
    expect(trashed.data.map((o) => (o.ok ? 200 : o.status))).toEqual([200, 404]);
    const [gone] = await db
      .select({ deletedAt: contacts.deletedAt })
      .from(contacts)
      .where(eq(contacts.id, mine.id));
    expect(gone?.deletedAt).toBeInstanceOf(Date);
  });

  it("a refused record leaves the others changed (savepoints), with the field named", async () => {
    const org = await createTestOrg("Bulk savepoint");
    const rep = await addTestMember(org.orgId, "rep");
    const a = await createContact(rep.ctx, { firstName: "A" });
    const b = await createContact(org.ctx, { firstName: "B", ownerId: rep.userId });
    const result = await runOperation(bulk, rep.ctx, {
      action: "update",
      ids: [a.id, b.id],
      patch: { ownerId: org.userId },
    });
    // A rep may not hand records to someone else: refused for each, naming ownerId.
    expect(result.data.map((o) => (o.ok ? 200 : o.status))).toEqual([403, 403]);
    const ok = await runOperation(bulk, org.ctx, {
      action: "update",
      ids: [a.id, b.id],
      patch: { title: "X" },
    });
    expect(ok.data.every((o) => o.ok)).toBe(true);
  });

  it("refuses bad input with the field named", async () => {
    const org = await createTestOrg("Bulk input");
    const id = (await createContact(org.ctx, { firstName: "A" })).id;
    for (const [input, field] of [
      [{ action: "addTag", ids: [], tag: "x" }, "ids"],
      [{ action: "addTag", ids: [id, id], tag: "x" }, "ids"],
      [{ action: "addTag", ids: [id], tag: "" }, "tag"],
      [{ action: "update", ids: [id], patch: { leadScore: 101 } }, "patch.leadScore"],
      [{ action: "explode", ids: [id] }, "action"],
    ] as const) {
      const error = await runOperation(bulk, org.ctx, input).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect(Object.keys((error as AppError).fieldErrors ?? {})).toContain(field);
    }
  });
});
