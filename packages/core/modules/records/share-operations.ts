import { z } from "zod";
import { defineOperation } from "../../platform/operations/define-operation";
import { listRecordShares } from "./list-record-shares";
import { shareInputSchema } from "./schemas";
import { shareRecord } from "./share-record";
import { unshareRecord } from "./unshare-record";

// Sharing one record with a member: whoever sees the record sees its shares; its owner, managers and
// admins share it (share-policy.ts).

export const shareOperations = {
  list: defineOperation({
    name: "shares.list",
    description: "Who a record is shared with, by name",
    permission: "records:read",
    writes: false,
    input: shareInputSchema.pick({ object: true, recordId: true }),
    output: z.array(
      z.object({ userId: z.string(), name: z.string(), email: z.string(), sharedAt: z.date() }),
    ),
    handler: (ctx, input) => listRecordShares(ctx, input.object, input.recordId),
  }),
  create: defineOperation({
    name: "shares.create",
    description: "Share a record with a member of the org (sharing twice is harmless)",
    permission: "records:write",
    writes: true,
    input: shareInputSchema,
    output: shareInputSchema,
    handler: async (ctx, share) => {
      await shareRecord(ctx, share.object, share.recordId, share.userId);
      return share;
    },
  }),
  delete: defineOperation({
    name: "shares.delete",
    description: "Take a share back (unsharing twice is harmless)",
    permission: "records:write",
    writes: true,
    input: shareInputSchema,
    output: z.null(),
    handler: async (ctx, share) => {
      await unshareRecord(ctx, share.object, share.recordId, share.userId);
      return null;
    },
  }),
};
