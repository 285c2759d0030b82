import type { Tx } from "../../db/client";
import type { Ctx } from "../../platform/context";
import { newId } from "../../platform/ids";
import { activities } from "../activities/tables";

/** A timeline entry written by the system (stage change, owner change, conversion). */
export async function logSystemActivity(
  tx: Tx,
  ctx: Ctx,
  entry: {
    subject: string;
    event: Record<string, unknown>;
    contactId?: string | null;
    companyId?: string | null;
    dealId?: string | null;
  },
): Promise<void> {
  await tx.insert(activities).values({
    id: newId(),
    orgId: ctx.orgId,
    ownerId: ctx.userId,
    createdBy: ctx.userId,
    type: "system",
    subject: entry.subject,
    event: entry.event,
    contactId: entry.contactId ?? null,
    companyId: entry.companyId ?? null,
    dealId: entry.dealId ?? null,
  });
}
