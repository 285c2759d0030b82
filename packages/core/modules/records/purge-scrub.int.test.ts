import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  // Uploaded files go to a scratch DATA_DIR, never the repository's data directory.
  process.env.DATA_DIR = `/tmp/crm-purge-test-${process.pid}-${Date.now()}`;
});

import { getDb } from "../../db/client";
import { executeRows } from "../../db/execute-rows";
import { addTestMember, createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { createActivity } from "../activities/create-activity";
import { activities } from "../activities/tables";
import { auditLog } from "../audit/tables";
import { createContact } from "../contacts/create-contact";
import { deleteContact } from "../contacts/delete-contact";
import { updateContact } from "../contacts/update-contact";
import { createDeal } from "../deals/create-deal";
import { mergeRecords } from "../duplicates/merge-records";
import { undoMerge } from "../duplicates/undo-merge";
import { importCsv } from "../imports/import-test-helpers";
import { importChanges } from "../imports/tables";
import { createTask } from "../tasks/create-task";
import { tasks } from "../tasks/tables";
import { purgeRecord } from "./restore-record";
import { shareRecord } from "./share-record";
import { recordShares } from "./shares-table";

// Regression: purging a contact from the trash kept its whole row (emails, phones) in the audit log,
// five times over (create, update before and after, trash, purge). After a purge only the fact
// remains: who, when, the record type and id.
useTestDatabase();

/** Every audit entry and import snapshot of the org as text, to search for a value anywhere in them. */
async function orgTrail(orgId: string): Promise<string> {
  const db = await getDb();
  const [trail] = await executeRows<{ all: string }>(
    db,
    sql`select coalesce(string_agg(t::text, ' '), '') as all from (
      select to_jsonb(a) as t from audit_log a where a.org_id = ${orgId}
      union all select to_jsonb(c) from import_changes c where c.org_id = ${orgId}) x`,
  );
  return String(trail?.all ?? "");
}

const codeOf = (error: unknown) => (error as { code?: string }).code;

describe("purging a record from the trash", () => {
  it("leaves only who, when, type and id in every audit entry of the record", async () => {
    const org = await createTestOrg("Purge");
    const rep = await addTestMember(org.orgId, "rep");
    const contact = await createContact(org.ctx, {
      firstName: "Grace",
      lastName: "Hopper",
      email: "grace.secret@example.com",
      phones: [{ label: "mobile", number: "+49 170 5550199" }],
    });
    await updateContact(org.ctx, contact.id, { email: "grace.other@example.com" });
    await shareRecord(org.ctx, "contacts", contact.id, rep.userId);
    // Child rows: a note and a task on the contact alone go with it; a call also on a deal stays there.
    const note = await createActivity(org.ctx, {
      type: "note",
      contactId: contact.id,
      body: "Grace's private number is on the card",
    });
    const task = await createTask(org.ctx, {
      title: "Call Grace about her secret project",
      contactId: contact.id,
    });
    const deal = await createDeal(org.ctx, { title: "Compiler licence" });
    const call = await createActivity(org.ctx, {
      type: "call",
      direction: "outbound",
      contactId: contact.id,
      dealId: deal.id,
      subject: "Licence call",
    });
    await deleteContact(org.ctx, contact.id);
    const trailBefore = await orgTrail(org.orgId);
    expect(trailBefore).toContain("grace.secret@example.com"); // the test can fail

    await purgeRecord(org.ctx, { object: "contacts", id: contact.id });

    const trail = await orgTrail(org.orgId);
    for (const secret of [
      "grace.secret@example.com",
      "grace.other@example.com",
      "5550199",
      "Hopper",
      "private number",
      "secret project",
    ]) {
      expect(trail).not.toContain(secret);
    }
    const db = await getDb();
    const entries = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, org.orgId), eq(auditLog.entityId, contact.id)))
      .orderBy(auditLog.id);
    expect(entries.map((e) => e.action)).toEqual([
      "contact.create",
      "contact.update",
      "record.share",
      "contact.delete",
      "contact.purge",
    ]);
    for (const entry of entries) {
      expect(entry).toMatchObject({
        entityType: "contact",
        actorUserId: org.userId,
        before: null,
        after: null,
      });
    }
    // Its child rows go with it.
    const shares = await db.select().from(recordShares).where(eq(recordShares.recordId, contact.id));
    expect(shares).toEqual([]);
    expect(await db.select().from(activities).where(eq(activities.id, note.id))).toEqual([]);
    expect(await db.select().from(tasks).where(eq(tasks.id, task.id))).toEqual([]);
    const [kept] = await db.select().from(activities).where(eq(activities.id, call.id));
    expect(kept).toMatchObject({ dealId: deal.id, contactId: null, subject: "Licence call" });
  });

  it("removes the copy a merge kept of a merged duplicate; undo then says why it cannot", async () => {
    const org = await createTestOrg("PurgeMerged");
    // The survivor keeps its own values, so the duplicate's are only in the merge's copy of it.
    const survivor = await createContact(org.ctx, {
      firstName: "Ada",
      lastName: "King",
      email: "ada@example.com",
    });
    const dupe = await createContact(org.ctx, {
      firstName: "Ada",
      lastName: "Secretname",
      email: "ada.dupe.secret@example.com",
    });
    const { mergeId } = await mergeRecords(org.ctx, "contacts", {
      survivorId: survivor.id,
      mergedIds: [dupe.id],
    });
    expect(await orgTrail(org.orgId)).toContain("Secretname");

    await purgeRecord(org.ctx, { object: "contacts", id: dupe.id });

    expect(await orgTrail(org.orgId)).not.toContain("Secretname");
    await expect(undoMerge(org.ctx, mergeId).catch(codeOf)).resolves.toBe("conflict");
  });

  it("removes the snapshot an import kept for its rollback", async () => {
    const org = await createTestOrg("PurgeImported");
    const contact = await createContact(org.ctx, {
      firstName: "Alan",
      email: "alan@example.com",
      title: "Secret title before import",
    });
    const done = await importCsv(
      org.ctx,
      "contacts",
      "First Name,Email,Job Title\nAlan,alan@example.com,Codebreaker\n",
      {
        onDuplicate: "update",
      },
    );
    expect(done).toMatchObject({ status: "completed", updated: 1 });
    expect(await orgTrail(org.orgId)).toContain("Secret title before import");

    await deleteContact(org.ctx, contact.id);
    await purgeRecord(org.ctx, { object: "contacts", id: contact.id });

    expect(await orgTrail(org.orgId)).not.toContain("Secret title before import");
    const db = await getDb();
    expect(await db.select().from(importChanges).where(eq(importChanges.recordId, contact.id))).toEqual([]);
  });
});
