import { z } from "zod";
import { duplicateObjectSchema } from "./schemas";

// What a merge writes into its audit entry: `before` is the state of every row it touched, `after`
// what it created. Undo reads both back through these schemas.
const row = z.record(z.string(), z.unknown());

export const mergeBeforeSchema = z.object({
  object: duplicateObjectSchema,
  survivor: row,
  merged: z.array(row),
  refs: z.array(
    z.object({ key: z.string(), rows: z.array(z.object({ id: z.string(), value: z.string() })) }),
  ),
  dealContacts: z.array(z.object({ orgId: z.string(), dealId: z.string(), contactId: z.string() })),
  shares: z.array(
    z.object({
      orgId: z.string(),
      object: z.string(),
      recordId: z.string(),
      userId: z.string(),
      createdAt: z.string(),
    }),
  ),
});
export type MergeBefore = z.input<typeof mergeBeforeSchema>;

export const mergeAfterSchema = z.object({
  mergeId: z.string(),
  survivor: row,
  mergedIds: z.array(z.string()),
  insertedDealContacts: z.array(z.object({ dealId: z.string(), contactId: z.string() })),
  insertedShares: z.array(z.object({ recordId: z.string(), userId: z.string() })),
  activityId: z.string(),
});
export type MergeAfter = z.input<typeof mergeAfterSchema>;
