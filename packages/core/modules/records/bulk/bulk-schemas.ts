import { z } from "zod";
import { text } from "../../../platform/validation";

const ids = z
  .array(z.uuid())
  .min(1)
  .max(200)
  .refine((list) => new Set(list).size === list.length, "Each id at most once")
  .describe("The records, at most 200");
const tag = text().trim().min(1).max(50);

/** A change to many records of one type, as `POST /<records>/bulk` takes it. */
export const bulkInput = <P extends z.ZodType>(patch: P) =>
  z.discriminatedUnion("action", [
    z.object({ action: z.literal("addTag"), ids, tag }),
    z.object({ action: z.literal("removeTag"), ids, tag }),
    z.object({ action: z.literal("update"), ids, patch }),
    z.object({ action: z.literal("delete"), ids }),
  ]);

const outcome = z.union([
  z.object({ id: z.uuid(), ok: z.literal(true) }),
  z.object({
    id: z.uuid(),
    ok: z.literal(false),
    status: z.number().int().describe("What the single-record call would have answered: 403, 404, 409, 422"),
    error: z.string(),
    errors: z.record(z.string(), z.array(z.string())).optional(),
  }),
]);
export type BulkOutcome = z.output<typeof outcome>;

export const bulkOutput = z.object({
  data: z.array(outcome).describe("One entry per id, in the order given"),
  batchId: z.uuid().describe("The audit entries of this change share it"),
});
export type BulkResult = z.output<typeof bulkOutput>;
