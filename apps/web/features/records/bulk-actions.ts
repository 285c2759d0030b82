"use server";
import { restoreRecord } from "@crm/core/modules/records/restore-record";
import { tagsSchema } from "@crm/core/modules/records/schemas";
import { AppError } from "@crm/core/platform/errors";
import { z } from "zod";
import { runOrgAction } from "@/lib/actions";
import { LIST_OBJECTS } from "./record-objects";
import { servicesFor } from "./record-services";

const selectionSchema = z.object({
  object: z.enum(LIST_OBJECTS),
  ids: z.array(z.uuid()).min(1).max(200),
});

export type BulkResult = { done: number; failed: number };

/**
 * Applies one change to each selected record through its own service, so every record gets its
 * permission check and audit entry. Records this user may not change are counted, not fatal.
 */
async function eachRecord(ids: string[], apply: (id: string) => Promise<unknown>): Promise<BulkResult> {
  const result: BulkResult = { done: 0, failed: 0 };
  // One after the other: on PGlite every query shares one connection.
  for (const id of ids) {
    try {
      await apply(id);
      result.done++;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      result.failed++;
    }
  }
  return result;
}

export async function bulkAssignOwnerAction(slug: string, input: unknown) {
  return runOrgAction(slug, async (ctx) => {
    const { object, ids, ownerId } = selectionSchema.extend({ ownerId: z.uuid() }).parse(input);
    const services = servicesFor(object);
    return eachRecord(ids, (id) => services.update(ctx, id, { ownerId }));
  });
}

export async function bulkAddTagAction(slug: string, input: unknown) {
  return runOrgAction(slug, async (ctx) => {
    const { object, ids, tag } = selectionSchema.extend({ tag: tagsSchema.in.element }).parse(input);
    const services = servicesFor(object);
    return eachRecord(ids, async (id) => {
      const record = await services.get(ctx, id);
      if (record.tags.some((t) => t.toLowerCase() === tag.toLowerCase())) return;
      await services.update(ctx, id, { tags: [...record.tags, tag] });
    });
  });
}

export async function bulkTrashAction(slug: string, input: unknown) {
  return runOrgAction(slug, async (ctx) => {
    const { object, ids } = selectionSchema.parse(input);
    const services = servicesFor(object);
    return eachRecord(ids, (id) => services.remove(ctx, id));
  });
}

/** Takes the records just moved to the trash out of it again: the Undo of the trash toast. */
export async function bulkRestoreAction(slug: string, input: unknown) {
  return runOrgAction(slug, async (ctx) => {
    const { object, ids } = selectionSchema.parse(input);
    return eachRecord(ids, (id) => restoreRecord(ctx, { object, id }));
  });
}
