import { eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import type { Ctx } from "../../platform/context";
import { newId } from "../../platform/ids";
import { runOperation } from "../../platform/operations/run-operation";
import { contactOperations } from "../contacts/operations";
import type { Role } from "../orgs/roles";
import { webhookOperations } from "./operations";
import { webhookDeliveries, webhookMessages } from "./tables";

// The webhook operations' cases for operation-permissions.int.test.ts (admins only; every input
// names a subscription of the org, so another org's admin gets 404).

type Fixture = { org: Record<Role, Ctx>; other: Ctx };
type Case = { input: (f: Fixture) => Promise<Record<string, unknown>>; crossOrg?: boolean };

// A public address literal: allowed by the outbound guard without a DNS lookup (nothing is sent to it here).
const url = "https://93.184.215.14/hooks/crm";

const webhook = async (f: Fixture) =>
  runOperation(webhookOperations.create, f.org.admin, { url, events: ["contact.created"] });

/** A subscription with one logged (failed) delivery of a contact.created message. */
async function delivery(f: Fixture): Promise<{ id: string; deliveryId: string }> {
  const { id } = await webhook(f);
  await runOperation(contactOperations.create, f.org.admin, { firstName: "Hook" });
  const db = await getDb();
  const [message] = await db.select().from(webhookMessages).where(eq(webhookMessages.subscriptionId, id));
  if (!message) throw new Error("creating a contact queues a message for the subscription");
  const deliveryId = newId();
  await db.insert(webhookDeliveries).values({
    id: deliveryId,
    orgId: message.orgId,
    subscriptionId: id,
    messageId: message.id,
    eventType: message.eventType,
    attempt: 1,
    status: "failed",
    responseCode: 500,
    durationMs: 3,
  });
  return { id, deliveryId };
}

export const webhookCases = (): Record<string, Case> => ({
  "webhooks.list": { input: async () => ({}) },
  "webhooks.get": { input: async (f) => ({ id: (await webhook(f)).id }), crossOrg: true },
  "webhooks.create": { input: async () => ({ url, events: ["deal.stage_changed", "deal.deleted"] }) },
  "webhooks.update": {
    input: async (f) => ({ id: (await webhook(f)).id, patch: { enabled: false } }),
    crossOrg: true,
  },
  "webhooks.delete": { input: async (f) => ({ id: (await webhook(f)).id }), crossOrg: true },
  "webhooks.deliveries": { input: async (f) => ({ id: (await webhook(f)).id, limit: "10" }), crossOrg: true },
  "webhooks.replay": { input: delivery, crossOrg: true },
});
