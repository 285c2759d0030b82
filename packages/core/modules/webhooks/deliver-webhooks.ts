import { and, asc, eq, gte, inArray, lte, sql } from "drizzle-orm";
import { type Database, getDb } from "../../db/client";
import { openSecret } from "../../platform/crypto/app-key";
import { newId } from "../../platform/ids";
import { logger } from "../../platform/logger";
import { guardedFetch } from "../../platform/outbound/guarded-fetch";
import { notifications } from "../notifications/tables";
import { members, organizations } from "../orgs/tables";
import { webhookDeliveries, webhookMessages, webhookSubscriptions } from "./tables";
import { kickWebhookDispatch } from "./webhook-dispatch-job";
import { signWebhook } from "./webhook-signature";

/** Waits before the 1st, 2nd, … retry: the first within a minute, then growing, for about a day. */
export const RETRY_DELAYS_SECONDS = [30, 120, 600, 1800, 3600, 7200, 14_400, 28_800, 28_800] as const;
/** No attempt is made later than this after the event. */
const RETRY_WINDOW_MS = 24 * 3600_000;
/** Consecutive failed attempts after which a subscription is disabled (and its org's admins told). */
export const DISABLE_AFTER_FAILURES = 20;
const TIMEOUT_MS = 10_000;
/** A claimed message is retried after this if its dispatcher died mid-delivery. */
const LEASE_MS = 5 * 60_000;
const BATCH = 20;
const EXCERPT_BYTES = 1024;

export type DispatchOptions = {
  /** The clock (tests move it to make retries due). */
  now?: () => Date;
  /** Overrides OUTBOUND_ALLOW_PRIVATE_HOSTS (tests). */
  allowPrivateHosts?: boolean;
};

type Claimed = {
  id: string;
  orgId: string;
  subscriptionId: string;
  eventType: string;
  body: string;
  attempts: number;
  createdAt: Date;
  url: string;
  secret: string;
};

type Outcome = {
  ok: boolean;
  responseCode: number | null;
  responseBody: string | null;
  error: string | null;
  durationMs: number;
};

/** Takes the due messages of enabled subscriptions (all orgs; runs as the owner) and leases them. */
async function claimDue(db: Database, now: Date): Promise<Claimed[]> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({
        id: webhookMessages.id,
        orgId: webhookMessages.orgId,
        subscriptionId: webhookMessages.subscriptionId,
        eventType: webhookMessages.eventType,
        body: webhookMessages.body,
        attempts: webhookMessages.attempts,
        createdAt: webhookMessages.createdAt,
        url: webhookSubscriptions.url,
        secret: webhookSubscriptions.secret,
      })
      .from(webhookMessages)
      .innerJoin(webhookSubscriptions, eq(webhookSubscriptions.id, webhookMessages.subscriptionId))
      .where(
        and(
          eq(webhookMessages.status, "pending"),
          lte(webhookMessages.nextAttemptAt, now),
          eq(webhookSubscriptions.enabled, true),
        ),
      )
      .orderBy(asc(webhookMessages.nextAttemptAt))
      .limit(BATCH)
      .for("update", { of: webhookMessages, skipLocked: true });
    if (due.length > 0) {
      await tx
        .update(webhookMessages)
        .set({ nextAttemptAt: new Date(now.getTime() + LEASE_MS) })
        .where(
          inArray(
            webhookMessages.id,
            due.map((message) => message.id),
          ),
        );
    }
    return due;
  });
}

/** The start of a response body, at most EXCERPT_BYTES (the rest is never read: leaving the loop cancels it). */
async function excerptOf(body: AsyncIterable<Uint8Array> | null): Promise<string> {
  if (!body) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body) {
    chunks.push(chunk);
    size += chunk.byteLength;
    if (size >= EXCERPT_BYTES) break;
  }
  return Buffer.concat(chunks).subarray(0, EXCERPT_BYTES).toString("utf8");
}

/** One signed POST of a message (the same webhook-id on every attempt). */
async function send(message: Claimed, now: Date, options: DispatchOptions): Promise<Outcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const secret = openSecret(message.secret, `webhook:${message.subscriptionId}`);
    const timestamp = Math.floor(now.getTime() / 1000);
    const response = await guardedFetch(
      message.url,
      {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "user-agent": "crm-webhooks/1",
          "webhook-id": message.id,
          "webhook-timestamp": String(timestamp),
          "webhook-signature": signWebhook(secret, message.id, timestamp, message.body),
        },
        body: message.body,
        // A redirect is an answer like any other (not followed: the guard checked this URL only once).
        redirect: "manual",
        signal: AbortSignal.timeout(TIMEOUT_MS),
      },
      options.allowPrivateHosts === undefined ? {} : { allowPrivateHosts: options.allowPrivateHosts },
    );
    const responseBody = await excerptOf(response.body);
    const ok = response.status >= 200 && response.status < 300;
    return { ok, responseCode: response.status, responseBody, error: null, durationMs: elapsed() };
  } catch (error) {
    const timedOut = error instanceof Error && error.name === "TimeoutError";
    const text = timedOut
      ? `No answer within ${TIMEOUT_MS / 1000} s`
      : error instanceof Error
        ? error.cause instanceof Error
          ? `${error.message}: ${error.cause.message}`
          : error.message
        : String(error);
    return { ok: false, responseCode: null, responseBody: null, error: text, durationMs: elapsed() };
  }
}

/** When the next attempt falls, or null when the message has had its last one. */
function nextAttempt(message: Claimed, attempt: number, now: Date): Date | null {
  const delay = RETRY_DELAYS_SECONDS[attempt - 1];
  if (delay === undefined) return null;
  const next = new Date(now.getTime() + delay * 1000);
  return next.getTime() - message.createdAt.getTime() > RETRY_WINDOW_MS ? null : next;
}

/** Logs the attempt and moves the message on; a failure may disable the subscription and tell the admins. */
async function recordOutcome(
  db: Database,
  message: Claimed,
  outcome: Outcome,
  now: Date,
): Promise<Date | null> {
  const attempt = message.attempts + 1;
  const next = outcome.ok ? null : nextAttempt(message, attempt, now);
  await db.transaction(async (tx) => {
    await tx.insert(webhookDeliveries).values({
      id: newId(),
      orgId: message.orgId,
      subscriptionId: message.subscriptionId,
      messageId: message.id,
      eventType: message.eventType,
      attempt,
      status: outcome.ok ? "succeeded" : "failed",
      responseCode: outcome.responseCode,
      responseBody: outcome.responseBody,
      error: outcome.error,
      durationMs: outcome.durationMs,
      nextAttemptAt: next,
      createdAt: now,
    });
    await tx
      .update(webhookMessages)
      .set({
        attempts: attempt,
        status: outcome.ok ? "delivered" : next ? "pending" : "failed",
        ...(next ? { nextAttemptAt: next } : {}),
      })
      .where(eq(webhookMessages.id, message.id));
    if (outcome.ok) {
      await tx
        .update(webhookSubscriptions)
        .set({ failureCount: 0 })
        .where(eq(webhookSubscriptions.id, message.subscriptionId));
      return;
    }
    await tx
      .update(webhookSubscriptions)
      .set({ failureCount: sql`${webhookSubscriptions.failureCount} + 1` })
      .where(eq(webhookSubscriptions.id, message.subscriptionId));
    // Exactly once: only the attempt that finds it still enabled past the limit disables it.
    const [disabled] = await tx
      .update(webhookSubscriptions)
      .set({ enabled: false, disabledAt: now, updatedAt: now })
      .where(
        and(
          eq(webhookSubscriptions.id, message.subscriptionId),
          eq(webhookSubscriptions.enabled, true),
          gte(webhookSubscriptions.failureCount, DISABLE_AFTER_FAILURES),
        ),
      )
      .returning({ url: webhookSubscriptions.url });
    if (!disabled) return;
    const admins = await tx
      .select({ userId: members.userId, slug: organizations.slug })
      .from(members)
      .innerJoin(organizations, eq(organizations.id, members.organizationId))
      .where(and(eq(members.organizationId, message.orgId), eq(members.role, "admin")));
    if (admins.length === 0) return;
    await tx.insert(notifications).values(
      admins.map((admin) => ({
        id: newId(),
        orgId: message.orgId,
        userId: admin.userId,
        kind: "webhook_disabled",
        title: `Webhook to ${disabled.url} was disabled after ${DISABLE_AFTER_FAILURES} failed deliveries`,
        link: `/o/${admin.slug}/settings/webhooks`,
      })),
    );
    logger.warn({ orgId: message.orgId, subscriptionId: message.subscriptionId }, "webhook disabled");
  });
  return next;
}

/**
 * Delivers every due outbox message (all orgs), batch by batch, until none is due; answers how many
 * attempts succeeded and failed. Safe to run in several workers at once (claims skip locked rows).
 */
export async function dispatchWebhooks(
  options: DispatchOptions = {},
): Promise<{ delivered: number; failed: number }> {
  const db = await getDb();
  const clock = options.now ?? (() => new Date());
  const result = { delivered: 0, failed: 0 };
  for (;;) {
    const now = clock();
    const due = await claimDue(db, now);
    const retries = await Promise.all(
      due.map(async (message) => {
        const outcome = await send(message, now, options);
        outcome.ok ? result.delivered++ : result.failed++;
        return recordOutcome(db, message, outcome, now);
      }),
    );
    const soonest = retries.reduce<number | null>(
      (min, next) => (next && (min === null || next.getTime() < min) ? next.getTime() : min),
      null,
    );
    // A retry due before the next scheduled run gets its own job (the first retry comes within a minute).
    if (soonest !== null && soonest - now.getTime() < 60_000) {
      await kickWebhookDispatch((soonest - now.getTime()) / 1000).catch((error: unknown) =>
        logger.error({ err: error }, "could not queue a webhook retry"),
      );
    }
    if (due.length < BATCH) return result;
  }
}
