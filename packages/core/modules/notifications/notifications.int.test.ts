import { describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import type { Ctx } from "../../platform/context";
import { newId } from "../../platform/ids";
import { runOperation } from "../../platform/operations/run-operation";
import { addTestMember, createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { countUnreadNotifications } from "./count-unread-notifications";
import { notificationOperations } from "./operations";
import type { ListNotificationsInput, MarkNotificationsReadInput } from "./schemas";
import { notifications } from "./tables";

useTestDatabase();

// Through the operations, as the API and the bell call them: the input is parsed at the edge.
const listNotifications = async (ctx: Ctx, input: ListNotificationsInput = {}) =>
  (await runOperation(notificationOperations.list, ctx, input)).data;
const markNotificationsRead = async (ctx: Ctx, input: MarkNotificationsReadInput) =>
  (await runOperation(notificationOperations.markRead, ctx, input)).updated;

async function notify(orgId: string, userId: string, title: string, createdAt: Date) {
  const db = await getDb();
  const id = newId();
  await db.insert(notifications).values({ id, orgId, userId, kind: "task_due", title, createdAt });
  return id;
}

describe("notifications", () => {
  it("counts, lists and marks read only the caller's notifications in the current org", async () => {
    const org = await createTestOrg("Inbox");
    const second = await createTestOrg("Second");
    const rep = await addTestMember(org.orgId, "rep");
    const repElsewhere = await addTestMember(second.orgId, "rep", { userId: rep.userId });
    const t = (minute: number) => new Date(Date.UTC(2024, 5, 1, 9, minute));
    const older = await notify(org.orgId, rep.userId, "Older", t(1));
    const newer = await notify(org.orgId, rep.userId, "Newer", t(2));
    const othersId = await notify(org.orgId, org.userId, "Admin's", t(3));
    await notify(second.orgId, rep.userId, "Other org", t(4));

    expect(await countUnreadNotifications(rep.ctx)).toBe(2);
    expect((await listNotifications(rep.ctx)).map((n) => n.title)).toEqual(["Newer", "Older"]);
    expect((await listNotifications(rep.ctx, { limit: 1 })).map((n) => n.title)).toEqual(["Newer"]);

    // Someone else's id is ignored, not an error and not a change.
    expect(await markNotificationsRead(rep.ctx, { ids: [older, othersId] })).toBe(1);
    expect(await countUnreadNotifications(rep.ctx)).toBe(1);
    expect(await countUnreadNotifications(org.ctx)).toBe(1);
    expect((await listNotifications(rep.ctx, { unreadOnly: "true" })).map((n) => n.id)).toEqual([newer]);

    expect(await markNotificationsRead(rep.ctx, { all: true })).toBe(1);
    expect(await countUnreadNotifications(rep.ctx)).toBe(0);
    const [readBack] = await listNotifications(rep.ctx, { limit: 1 });
    expect(readBack?.readAt).toBeInstanceOf(Date);
    expect(await countUnreadNotifications(repElsewhere.ctx)).toBe(1);
  });

  it("refuses an API key without a user and bad input", async () => {
    const org = await createTestOrg("Keys");
    const keyCtx = { ...org.ctx, userId: null, apiKeyId: newId() };
    await expect(countUnreadNotifications(keyCtx)).rejects.toMatchObject({ code: "forbidden" });
    await expect(markNotificationsRead(org.ctx, { ids: [] })).rejects.toMatchObject({
      code: "unprocessable",
    });
  });
});
