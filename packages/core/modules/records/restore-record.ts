import { z } from "zod";
import type { Ctx } from "../../platform/context";
import { purgeFromTrash, restoreFromTrash } from "./trash";
import { TRASH_OBJECTS, TRASH_TABLES } from "./trash-objects";

export const trashRecordSchema = z.object({ object: z.enum(TRASH_OBJECTS), id: z.uuid() });
export type TrashRecordInput = z.input<typeof trashRecordSchema>;

/** Puts a record of any trash type back (writers: admins and managers any, reps their own or shared). */
export async function restoreRecord(ctx: Ctx, input: TrashRecordInput): Promise<void> {
  const { object, id } = trashRecordSchema.parse(input);
  await restoreFromTrash(ctx, TRASH_TABLES[object].table, object, id);
}

/** Deletes a record in the trash for good (admins only). */
export async function purgeRecord(ctx: Ctx, input: TrashRecordInput): Promise<void> {
  const { object, id } = trashRecordSchema.parse(input);
  await purgeFromTrash(ctx, TRASH_TABLES[object].table, object, id);
}
