"use server";
import { purgeRecord, restoreRecord, type TrashRecordInput } from "@crm/core/modules/records/restore-record";
import { runOrgAction } from "@/lib/actions";

export async function restoreRecordAction(slug: string, input: TrashRecordInput) {
  return runOrgAction("trash.restore", slug, (ctx) => restoreRecord(ctx, input));
}

export async function purgeRecordAction(slug: string, input: TrashRecordInput) {
  return runOrgAction("trash.purge", slug, (ctx) => purgeRecord(ctx, input));
}
