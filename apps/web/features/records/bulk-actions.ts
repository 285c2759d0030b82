"use server";
import { bulkOperations } from "@crm/core/modules/records/bulk/bulk-operations";
import type { BulkResult as BulkAnswer } from "@crm/core/modules/records/bulk/bulk-schemas";
import { restoreRecord } from "@crm/core/modules/records/restore-record";
import { AppError } from "@crm/core/platform/errors";
import { z } from "zod";
import { runOrgAction } from "@/lib/actions";
import { runOrgOperation } from "@/lib/operation-action";
import { LIST_OBJECTS } from "./record-objects";

const objectSchema = z.enum(LIST_OBJECTS);
const selectionSchema = z.object({ object: objectSchema, ids: z.array(z.uuid()).min(1).max(200) });

export type BulkResult = { done: number; failed: number };

const counted = (answer: BulkAnswer): BulkResult => ({
  done: answer.data.filter((outcome) => outcome.ok).length,
  failed: answer.data.filter((outcome) => !outcome.ok).length,
});

/** The list page's bulk bar: one request, one transaction and one audit batch through `<object>.bulk`. */
async function bulk(slug: string, object: unknown, change: Record<string, unknown>) {
  const operation = bulkOperations[objectSchema.parse(object)];
  const result = await runOrgOperation(slug, operation, change as z.input<typeof operation.input>);
  return result.ok ? { ok: true as const, data: counted(result.data) } : result;
}

type Selection = { object: string; ids: string[] };

export async function bulkAssignOwnerAction(slug: string, input: Selection & { ownerId: string }) {
  return bulk(slug, input.object, { action: "update", ids: input.ids, patch: { ownerId: input.ownerId } });
}

export async function bulkAddTagAction(slug: string, input: Selection & { tag: string }) {
  return bulk(slug, input.object, { action: "addTag", ids: input.ids, tag: input.tag });
}

export async function bulkTrashAction(slug: string, input: Selection) {
  return bulk(slug, input.object, { action: "delete", ids: input.ids });
}

/** Takes the records just moved to the trash out of it again: the Undo of the trash toast. */
export async function bulkRestoreAction(slug: string, input: unknown) {
  return runOrgAction("records.bulkRestore", slug, async (ctx) => {
    const { object, ids } = selectionSchema.parse(input);
    const result: BulkResult = { done: 0, failed: 0 };
    for (const id of ids) {
      try {
        await restoreRecord(ctx, { object, id });
        result.done++;
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        result.failed++;
      }
    }
    return result;
  });
}
