"use server";
import { shareInputSchema } from "@crm/core/modules/records/schemas";
import { shareRecord } from "@crm/core/modules/records/share-record";
import { unshareRecord } from "@crm/core/modules/records/unshare-record";
import { runOrgAction } from "@/lib/actions";

/** Shares a record with a member (same service and schema as POST /api/v1/shares). */
export async function shareRecordAction(slug: string, input: unknown) {
  return runOrgAction("shares.create", slug, async (ctx) => {
    const share = shareInputSchema.parse(input);
    await shareRecord(ctx, share.object, share.recordId, share.userId);
  });
}

/** Takes a share back (same service and schema as DELETE /api/v1/shares). */
export async function unshareRecordAction(slug: string, input: unknown) {
  return runOrgAction("shares.delete", slug, async (ctx) => {
    const share = shareInputSchema.parse(input);
    await unshareRecord(ctx, share.object, share.recordId, share.userId);
  });
}
