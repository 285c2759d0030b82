import { z } from "zod";
import { defineOperation } from "../../platform/operations/define-operation";
import { dismissDuplicate } from "./dismiss-duplicate";
import { listDuplicates } from "./list-duplicates";
import { DEFAULT_MIN_DUPLICATE_SCORE, dismissDuplicateSchema, listDuplicatesSchema } from "./schemas";

// Likely duplicates among the contacts or companies the caller may see (merging is the records').

const summary = z.object({
  id: z.uuid(),
  name: z.string(),
  detail: z.string().nullable().describe("Email, domain or phone to tell the records apart"),
  ownerId: z.uuid().nullable(),
  updatedAt: z.date(),
});
const reason = z.discriminatedUnion("kind", [
  z.object({
    kind: z.enum(["email", "domain", "phone"]),
    value: z.string().describe("The shared email, domain or E.164 phone number"),
  }),
  z.object({
    kind: z.literal("name"),
    similarity: z.number().describe("Trigram similarity of the names, 0–1"),
  }),
  z.object({ kind: z.literal("sameCompany") }),
]);

export const duplicateOperations = {
  list: defineOperation({
    name: "duplicates.list",
    description: `Likely duplicate contacts or companies the caller can see, best first (same email or domain, equal phones, similar names), from a background scan (\`scan.state\`); pairs below \`minScore\` (default ${DEFAULT_MIN_DUPLICATE_SCORE}) and dismissed pairs left out`,
    permission: "records:read",
    writes: false,
    input: listDuplicatesSchema.extend({
      limit: listDuplicatesSchema.shape.limit.describe("Page size, 1–100 (default 25)"),
      minScore: listDuplicatesSchema.shape.minScore.describe(
        "Only pairs scored at least this (0–100); a shared phone alone scores 30; 0 lists them all",
      ),
      cursor: listDuplicatesSchema.shape.cursor.describe("nextCursor of the previous page"),
    }),
    output: z.object({
      data: z.array(
        z.object({
          a: summary,
          b: summary,
          score: z.number().int().min(0).max(100),
          reasons: z.array(reason),
        }),
      ),
      nextCursor: z.string().nullable(),
      scan: z.object({
        state: z.enum(["ready", "running"]),
        checked: z.number().int().describe("Records checked by the last or running full scan"),
      }),
    }),
    handler: (ctx, input) => listDuplicates(ctx, input),
  }),
  dismiss: defineOperation({
    name: "duplicates.dismiss",
    description: "Mark two records as not duplicates: the pair no longer appears or warns",
    permission: "records:write",
    writes: true,
    input: dismissDuplicateSchema,
    output: z.null(),
    handler: async (ctx, input) => {
      await dismissDuplicate(ctx, input);
      return null;
    },
  }),
};
