import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { jobHandlers, jobSchedules } from "../../platform/job-handlers";
import { startJobs, stopJobs } from "../../platform/jobs";
import { addTestMember, createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { createActivity } from "../activities/create-activity";
import { insertTestDeal } from "../activities/test-fixtures";
import { createContact } from "../contacts/create-contact";
import { notifications } from "../notifications/tables";
import { organizations, orgSettings } from "../orgs/tables";
import { completeTask } from "./complete-task";
import { createTask } from "./create-task";
import { deleteTask } from "./delete-task";
import { getTaskOrThrow } from "./get-task";
import { listMyDay } from "./list-my-day";
import { listTasks } from "./list-tasks";
import { sendDueReminders, TASK_REMINDER_JOB } from "./send-due-reminders";
import { updateTask } from "./update-task";

const db = useTestDatabase();
afterEach(() => stopJobs());

const codeOf = (error: unknown) => (error as { code?: string }).code;
const failure = (promise: Promise<unknown>) => promise.then(() => "resolved", codeOf);
const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

describe("tasks: assignment and completion", () => {
  it("reps assign only to themselves; managers to any member", async () => {
    const org = await createTestOrg("Assign");
    const manager = await addTestMember(org.orgId, "manager");
    const repA = await addTestMember(org.orgId, "rep");
    const repB = await addTestMember(org.orgId, "rep");
    const viewer = await addTestMember(org.orgId, "readonly");
    const stranger = await createTestOrg("Stranger");

    const own = await createTask(repA.ctx, { title: "Call back" });
    expect(own.ownerId).toBe(repA.userId);
    await expect(failure(createTask(repA.ctx, { title: "x", ownerId: repB.userId }))).resolves.toBe(
      "forbidden",
    );
    await expect(failure(createTask(repA.ctx, { title: "x", ownerId: null }))).resolves.toBe("forbidden");
    await expect(failure(updateTask(repA.ctx, own.id, { ownerId: repB.userId }))).resolves.toBe("forbidden");
    await expect(failure(createTask(viewer.ctx, { title: "x" }))).resolves.toBe("forbidden");

    const handed = await createTask(manager.ctx, { title: "For B", ownerId: repB.userId });
    expect((await getTaskOrThrow(repB.ctx, handed.id)).ownerId).toBe(repB.userId);
    await expect(failure(getTaskOrThrow(repA.ctx, handed.id))).resolves.toBe("not_found");
    await expect(failure(createTask(manager.ctx, { title: "x", ownerId: stranger.userId }))).resolves.toBe(
      "unprocessable",
    );
    const moved = await updateTask(manager.ctx, handed.id, { ownerId: repA.userId });
    expect(moved.ownerId).toBe(repA.userId);
    await expect(failure(getTaskOrThrow(repB.ctx, handed.id))).resolves.toBe("not_found");

    // A task may only be linked to records the assigning user can see.
    const bContact = await createContact(repB.ctx, { firstName: "B's" });
    await expect(failure(createTask(repA.ctx, { title: "x", contactId: bContact.id }))).resolves.toBe(
      "unprocessable",
    );
  });

  it("completing stamps completedAt and reopening clears it", async () => {
    const org = await createTestOrg("Complete");
    const task = await createTask(org.ctx, { title: "Send offer" });
    expect(task.completedAt).toBeNull();
    await completeTask(org.ctx, task.id);
    const done = await getTaskOrThrow(org.ctx, task.id);
    expect(done.status).toBe("done");
    expect(done.completedAt).toBeInstanceOf(Date);

    await updateTask(org.ctx, task.id, { status: "open" });
    const reopened = await getTaskOrThrow(org.ctx, task.id);
    expect(reopened).toMatchObject({ status: "open", completedAt: null });

    await updateTask(org.ctx, task.id, { status: "done" });
    expect((await getTaskOrThrow(org.ctx, task.id)).completedAt).toBeInstanceOf(Date);
  });

  it("lists by due date with undated tasks last, across keyset pages, and filters", async () => {
    const org = await createTestOrg("List");
    await createTask(org.ctx, { title: "d3", dueAt: "2030-01-03T09:00:00Z" });
    await createTask(org.ctx, { title: "none" });
    await createTask(org.ctx, { title: "d1", dueAt: "2030-01-01T09:00:00Z", priority: "high" });
    const d2 = await createTask(org.ctx, { title: "d2", dueAt: "2030-01-02T09:00:00+02:00" });
    await completeTask(org.ctx, d2.id);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listTasks(org.ctx, { limit: 1, sort: "dueAt", cursor });
      seen.push(...page.data.map((t) => t.title));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(["d1", "d2", "d3", "none"]);
    const open = await listTasks(org.ctx, { sort: "dueAt" }, { status: "open,in_progress" });
    expect(open.data.map((t) => t.title)).toEqual(["d1", "d3", "none"]);
    const early = await listTasks(org.ctx, { sort: "dueAt" }, { "dueAt[lte]": "2030-01-02T12:00:00Z" });
    expect(early.data.map((t) => t.title)).toEqual(["d1", "d2"]);
    expect((await listTasks(org.ctx, {}, { priority: "high" })).data.map((t) => t.title)).toEqual(["d1"]);
  });
});

describe("tasks: reminders", () => {
  it("notifies each assignee once for due open tasks, across orgs, even with two workers", async () => {
    const org = await createTestOrg("Remind");
    const other = await createTestOrg("Remind2");
    const rep = await addTestMember(org.orgId, "rep");
    const due = await createTask(org.ctx, { title: "Due now", dueAt: hoursFromNow(-1), ownerId: rep.userId });
    const busy = await createTask(other.ctx, {
      title: "In progress",
      dueAt: hoursFromNow(-2),
      status: "in_progress",
    });
    const done = await createTask(org.ctx, { title: "Done", dueAt: hoursFromNow(-1), status: "done" });
    const later = await createTask(org.ctx, { title: "Later", dueAt: hoursFromNow(5) });
    const nobody = await createTask(org.ctx, { title: "Unassigned", dueAt: hoursFromNow(-1), ownerId: null });
    const gone = await createTask(org.ctx, { title: "Deleted", dueAt: hoursFromNow(-1) });
    await deleteTask(org.ctx, gone.id);

    const [first, second] = await Promise.all([sendDueReminders(), sendDueReminders()]);
    expect((first ?? 0) + (second ?? 0)).toBeGreaterThanOrEqual(2);
    expect(await sendDueReminders()).toBe(0);

    const database = await getDb();
    const sent = await database.select().from(notifications);
    const forTask = (id: string) => sent.filter((n) => n.link?.endsWith(`/tasks/${id}`));
    const [orgRow] = await database.select().from(organizations).where(eq(organizations.id, org.orgId));
    expect(forTask(due.id)).toEqual([
      expect.objectContaining({
        orgId: org.orgId,
        userId: rep.userId,
        kind: "task_due",
        title: "Due now",
        link: `/o/${orgRow?.slug}/tasks/${due.id}`,
        readAt: null,
      }),
    ]);
    expect(forTask(busy.id)).toEqual([expect.objectContaining({ orgId: other.orgId, userId: other.userId })]);
    for (const skipped of [done, later, nobody, gone]) expect(forTask(skipped.id)).toEqual([]);
    expect((await getTaskOrThrow(rep.ctx, due.id)).reminderSentAt).toBeInstanceOf(Date);

    // A new due date earns a new reminder.
    await updateTask(org.ctx, due.id, { dueAt: hoursFromNow(-0.5) });
    expect(await sendDueReminders()).toBe(1);
    const again = await database
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, rep.userId), eq(notifications.kind, "task_due")));
    expect(again).toHaveLength(2);
  });

  it("registers the reminder queue on a one-minute schedule", async () => {
    await startJobs(db.handle, jobHandlers, { work: false, schedules: jobSchedules });
    const { rows } = await db.handle.executeSql("select name, cron from pgboss.schedule");
    expect(rows).toContainEqual({ name: TASK_REMINDER_JOB, cron: "* * * * *" });
  });
});

describe("tasks: my day", () => {
  it("shows due and overdue open tasks, deals closing this month and recent activity on own records", async () => {
    const org = await createTestOrg("Day");
    const rep = await addTestMember(org.orgId, "rep");
    await createTask(rep.ctx, { title: "Overdue", dueAt: hoursFromNow(-48) });
    await createTask(rep.ctx, { title: "Next week", dueAt: hoursFromNow(24 * 8) });
    await createTask(rep.ctx, { title: "Done", dueAt: hoursFromNow(-2), status: "done" });
    await createTask(rep.ctx, { title: "Undated" });
    await createTask(org.ctx, { title: "Admin's", dueAt: hoursFromNow(-2) });
    const today = new Date().toISOString().slice(0, 10);
    const nextYear = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
    await insertTestDeal(rep.ctx, { title: "Closing", expectedCloseDate: today });
    await insertTestDeal(rep.ctx, { title: "Won", expectedCloseDate: today, outcome: "won" });
    await insertTestDeal(rep.ctx, { title: "Next year", expectedCloseDate: nextYear });
    await insertTestDeal(org.ctx, { title: "Admin deal", expectedCloseDate: today });
    const mine = await createContact(rep.ctx, { firstName: "Mine" });
    const theirs = await createContact(org.ctx, { firstName: "Theirs" });
    await createActivity(org.ctx, { type: "note", subject: "on mine", contactId: mine.id });
    await createActivity(org.ctx, { type: "note", subject: "on theirs", contactId: theirs.id });

    const day = await listMyDay(rep.ctx);
    expect(day.tasks.map((t) => t.title)).toEqual(["Overdue"]);
    expect(day.deals.map((d) => d.title)).toEqual(["Closing"]);
    expect(day.activities.map((a) => a.subject)).toEqual(["on mine"]);
  });

  it("cuts the day at midnight in the org's time zone", async () => {
    const org = await createTestOrg("Zone");
    const zone = "Pacific/Kiritimati"; // UTC+14 all year, so midnight there is easy to compute here
    const database = await getDb();
    await database.update(orgSettings).set({ timeZone: zone }).where(eq(orgSettings.orgId, org.orgId));
    const localToday = new Intl.DateTimeFormat("en-CA", { timeZone: zone }).format(new Date());
    const midnight = Date.parse(`${localToday}T00:00:00+14:00`) + 24 * 3_600_000;
    await createTask(org.ctx, { title: "Tonight", dueAt: new Date(midnight - 60_000).toISOString() });
    await createTask(org.ctx, { title: "Tomorrow", dueAt: new Date(midnight + 60_000).toISOString() });
    expect((await listMyDay(org.ctx)).tasks.map((t) => t.title)).toEqual(["Tonight"]);
  });
});
