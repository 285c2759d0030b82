"use server";
import type { ShareInput } from "@crm/core/modules/records/schemas";
import { shareOperations as op } from "@crm/core/modules/records/share-operations";
import { runOrgOperation } from "@/lib/operation-action";

/** Shares a record with a member (the operation of POST /api/v1/shares). */
export async function shareRecordAction(slug: string, input: ShareInput) {
  const result = await runOrgOperation(slug, op.create, input);
  return result.ok ? { ok: true as const, data: undefined } : result;
}

/** Takes a share back (the operation of DELETE /api/v1/shares). */
export async function unshareRecordAction(slug: string, input: ShareInput) {
  const result = await runOrgOperation(slug, op.delete, input);
  return result.ok ? { ok: true as const, data: undefined } : result;
}
