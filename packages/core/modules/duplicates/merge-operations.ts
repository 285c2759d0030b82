import { z } from "zod";
import { defineOperation } from "../../platform/operations/define-operation";
import { idInput } from "../records/operation-schemas";
import { mergeRecords } from "./merge-records";
import { mergeRecordsSchema } from "./schemas";
import type { DuplicateObject } from "./tables";
import { undoMerge } from "./undo-merge";

// Merging duplicates into a survivor, and undoing a merge.

const merge = (object: DuplicateObject, noun: string) =>
  defineOperation({
    name: `${object}.merge`,
    description: `Merge ${object} into a survivor in one transaction: per field the value of the chosen record (default: the survivor's, else the first non-empty), tags united; activities, tasks, deals, links and shares move to the survivor; the merged ${object} go to the trash (undo with merges.undo). The caller must be able to change every ${noun}`,
    permission: "records:write",
    writes: true,
    input: mergeRecordsSchema,
    output: z.object({ mergeId: z.uuid(), survivorId: z.uuid(), mergedIds: z.array(z.uuid()) }),
    handler: (ctx, input) => mergeRecords(ctx, object, input),
  });

export const mergeOperations = {
  contacts: merge("contacts", "contact"),
  companies: merge("companies", "company"),
  undo: defineOperation({
    name: "merges.undo",
    description:
      "Undo a merge: the survivor and the merged records get their values from before the merge back, the merged records leave the trash, and everything moved points where it did",
    permission: "records:write",
    writes: true,
    input: idInput,
    output: z.object({ survivorId: z.uuid(), restoredIds: z.array(z.uuid()) }),
    handler: (ctx, { id }) => undoMerge(ctx, id),
  }),
};
