// Runs in the "postgres" project only (vitest.config.ts): PGlite has one connection, so no second
// transaction can hold a row lock while the reminder job runs.
import { like } from "drizzle-orm";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { notifications } from "../notifications/tables";
import { createTask } from "./create-task";
import { sendDueReminders } from "./send-due-reminders";

const db = useTestDatabase();

const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

describe("tasks: due reminders on PostgreSQL", () => {
  // Two workers must never remind twice: a task another transaction holds is skipped, not waited for.
  it("skips tasks locked by another worker and sends them later", async () => {
    const handle = db.handle;
    if (handle.kind !== "postgres")
      throw new Error("this file runs on PostgreSQL only (see vitest.config.ts)");
    const org = await createTestOrg("Locked");
    const task = await createTask(org.ctx, { title: "Held", dueAt: hoursFromNow(-1) });
    const database = await getDb();
    const sentFor = () =>
      database
        .select()
        .from(notifications)
        .where(like(notifications.link, `%/tasks/${task.id}`));
    const other = new pg.Client({ connectionString: handle.url });
    await other.connect();
    try {
      await other.query("begin");
      await other.query("select id from tasks where id = $1 for update", [task.id]);
      await sendDueReminders();
      expect(await sentFor()).toEqual([]);
      await other.query("commit");
    } finally {
      await other.end();
    }
    await sendDueReminders();
    expect(await sentFor()).toHaveLength(1);
  });
});
