import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client";
import { AppError } from "../../platform/errors";
import { runOperation } from "../../platform/operations/run-operation";
import { createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { contactOperations } from "../contacts/operations";
import { notifications } from "../notifications/tables";
import { taskOperations } from "../tasks/operations";
import { DISABLE_AFTER_FAILURES, dispatchWebhooks } from "./deliver-webhooks";
import { webhookOperations } from "./operations";
import { webhookMessages, webhookSubscriptions } from "./tables";
import { verifyWebhookSignature } from "./webhook-signature";

useTestDatabase();

type Received = { headers: IncomingHttpHeaders; body: string };

/** A real HTTP receiver on loopback that answers the given statuses in turn (then 200). */
async function startReceiver(statuses: number[] = []) {
  const received: Received[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
      response.statusCode = statuses.shift() ?? 200;
      response.end(response.statusCode === 200 ? "ok" : "receiver failed");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  receivers.push(server);
  return { url: `http://127.0.0.1:${port}/hook`, received };
}
const receivers: Server[] = [];
afterAll(async () => {
  await Promise.all(receivers.map((server) => new Promise((resolve) => server.close(resolve))));
});

/** The receiver's check: the Standard Webhooks signature with the secret shown at creation. */
function verified(secret: string, request: Received): boolean {
  const id = String(request.headers["webhook-id"]);
  const timestamp = Number(request.headers["webhook-timestamp"]);
  return verifyWebhookSignature(
    secret,
    id,
    timestamp,
    request.body,
    String(request.headers["webhook-signature"]),
  );
}

let org: Awaited<ReturnType<typeof createTestOrg>>;
beforeAll(async () => {
  org = await createTestOrg("Hooks");
});

describe("outgoing webhooks", () => {
  it("delivers a created contact, signed with the secret shown once", async () => {
    const receiver = await startReceiver();
    const hook = await runOperation(webhookOperations.create, org.ctx, {
      url: receiver.url,
      events: ["contact.created"],
    });
    expect(hook.secret).toMatch(/^whsec_/);
    const shown = await runOperation(webhookOperations.get, org.ctx, { id: hook.id });
    expect(shown).not.toHaveProperty("secret");

    const contact = await runOperation(contactOperations.create, org.ctx, {
      firstName: "Ada",
      lastName: "Lovelace",
    });
    await dispatchWebhooks();

    expect(receiver.received).toHaveLength(1);
    const [request] = receiver.received;
    if (!request) throw new Error("delivered");
    expect(verified(hook.secret, request)).toBe(true);
    expect(verified(`whsec_${Buffer.alloc(24).toString("base64")}`, request)).toBe(false);
    const body = JSON.parse(request.body);
    expect(body).toMatchObject({ type: "contact.created", data: { id: contact.id, firstName: "Ada" } });
    expect(new Date(body.timestamp).toISOString()).toBe(body.timestamp);

    const log = await runOperation(webhookOperations.deliveries, org.ctx, { id: hook.id });
    expect(log.data).toMatchObject([
      { attempt: 1, status: "succeeded", responseCode: 200, responseBody: "ok" },
    ]);
    expect(log.nextCursor).toBeNull();
  });

  it("retries after a 500 with the same webhook-id, then logs the success", async () => {
    // The earlier test's subscription takes this contact.created: delivered before this test counts.
    const contact = await runOperation(contactOperations.create, org.ctx, { firstName: "Grace" });
    await dispatchWebhooks();
    const receiver = await startReceiver([500]);
    const hook = await runOperation(webhookOperations.create, org.ctx, {
      url: receiver.url,
      events: ["contact.updated"],
    });
    await runOperation(contactOperations.update, org.ctx, { id: contact.id, patch: { title: "Admiral" } });

    const start = Date.now();
    expect(await dispatchWebhooks({ now: () => new Date(start) })).toEqual({ delivered: 0, failed: 1 });
    // Not due yet: nothing is sent again before the first retry's time.
    expect(await dispatchWebhooks({ now: () => new Date(start + 10_000) })).toEqual({
      delivered: 0,
      failed: 0,
    });
    // The first retry falls within a minute.
    expect(await dispatchWebhooks({ now: () => new Date(start + 60_000) })).toEqual({
      delivered: 1,
      failed: 0,
    });

    const [first, second] = receiver.received;
    if (!first || !second) throw new Error("two attempts");
    expect(receiver.received).toHaveLength(2);
    expect(second.headers["webhook-id"]).toBe(first.headers["webhook-id"]);
    expect(second.body).toBe(first.body);
    expect(verified(hook.secret, first) && verified(hook.secret, second)).toBe(true);
    expect(JSON.parse(second.body)).toMatchObject({ type: "contact.updated", data: { title: "Admiral" } });

    const log = await runOperation(webhookOperations.deliveries, org.ctx, { id: hook.id });
    expect(log.data).toMatchObject([
      { attempt: 2, status: "succeeded", responseCode: 200 },
      { attempt: 1, status: "failed", responseCode: 500, responseBody: "receiver failed" },
    ]);
    expect(log.data[1]?.nextAttemptAt?.getTime()).toBe(start + 30_000);

    // Replay sends the same message again, under the same webhook-id.
    const replay = await runOperation(webhookOperations.replay, org.ctx, {
      id: hook.id,
      deliveryId: log.data[0]?.id,
    });
    expect(replay.messageId).toBe(first.headers["webhook-id"]);
    await dispatchWebhooks();
    expect(receiver.received.at(-1)?.headers["webhook-id"]).toBe(first.headers["webhook-id"]);
  });

  it("sends deleted events with the record as it was", async () => {
    const receiver = await startReceiver();
    await runOperation(webhookOperations.create, org.ctx, { url: receiver.url, events: ["contact.deleted"] });
    const contact = await runOperation(contactOperations.create, org.ctx, { firstName: "Gone" });
    await runOperation(contactOperations.delete, org.ctx, { id: contact.id });
    await dispatchWebhooks();
    expect(receiver.received.map((request) => JSON.parse(request.body))).toMatchObject([
      { type: "contact.deleted", data: { id: contact.id, firstName: "Gone" } },
    ]);
  });

  it("refuses a cloud metadata address at creation (422 on url)", async () => {
    const error = await runOperation(webhookOperations.create, org.ctx, {
      url: "http://169.254.169.254/latest/meta-data/",
      events: ["contact.created"],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("unprocessable");
    expect((error as AppError).fieldErrors?.url?.[0]).toMatch(/metadata/);
  });

  it("never sends an org's events to another org's subscriptions", async () => {
    const other = await createTestOrg("Other");
    const theirs = await startReceiver();
    const ours = await startReceiver();
    const hook = await runOperation(webhookOperations.create, other.ctx, {
      url: theirs.url,
      events: ["contact.created"],
    });
    await runOperation(webhookOperations.create, org.ctx, { url: ours.url, events: ["contact.created"] });
    await runOperation(contactOperations.create, org.ctx, { firstName: "Private" });
    await dispatchWebhooks();
    expect(ours.received).toHaveLength(1);
    expect(theirs.received).toHaveLength(0);
    const db = await getDb();
    expect(
      await db.select().from(webhookMessages).where(eq(webhookMessages.subscriptionId, hook.id)),
    ).toEqual([]);
    // Nor can the other org read this org's subscription.
    const listed = await runOperation(webhookOperations.list, other.ctx, {});
    expect(listed.map((row) => row.url)).toEqual([theirs.url]);
  });

  it("disables a subscription after repeated failure and tells the admins", async () => {
    const own = await createTestOrg("Failing");
    const receiver = await startReceiver([503]);
    const hook = await runOperation(webhookOperations.create, own.ctx, {
      url: receiver.url,
      events: ["task.created"],
    });
    const db = await getDb();
    await db
      .update(webhookSubscriptions)
      .set({ failureCount: DISABLE_AFTER_FAILURES - 1 })
      .where(eq(webhookSubscriptions.id, hook.id));
    await runOperation(taskOperations.create, own.ctx, { title: "Call back" });
    await dispatchWebhooks();

    const after = await runOperation(webhookOperations.get, own.ctx, { id: hook.id });
    expect(after).toMatchObject({ enabled: false, failureCount: DISABLE_AFTER_FAILURES });
    expect(after.disabledAt).toBeInstanceOf(Date);
    const notices = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.orgId, own.orgId), eq(notifications.kind, "webhook_disabled")));
    expect(notices.map((notice) => notice.userId)).toEqual([own.userId]);
    // A disabled subscription gets no new events; re-enabling starts its count afresh.
    await runOperation(taskOperations.create, own.ctx, { title: "Another" });
    const enabled = await runOperation(webhookOperations.update, own.ctx, {
      id: hook.id,
      patch: { enabled: true },
    });
    expect(enabled).toMatchObject({ enabled: true, failureCount: 0, disabledAt: null });
  });
});
