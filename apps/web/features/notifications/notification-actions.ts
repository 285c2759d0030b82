"use server";
import { notificationOperations as op } from "@crm/core/modules/notifications/operations";
import type { MarkNotificationsReadInput } from "@crm/core/modules/notifications/schemas";
import { runOrgOperation } from "@/lib/operation-action";

/** The caller's latest notifications and how many are unread (for the bell's list). */
export async function listNotificationsAction(slug: string) {
  return runOrgOperation(slug, op.list, { limit: 20 }, ({ data, unread }) => ({ items: data, unread }));
}

export async function markNotificationsReadAction(slug: string, input: MarkNotificationsReadInput) {
  return runOrgOperation(slug, op.markRead, input, (output) => output.updated);
}
