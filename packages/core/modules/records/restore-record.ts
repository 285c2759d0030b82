import { z } from "zod";
import type { Ctx } from "../../platform/context";
import { RECORD_TABLES } from "./record-tables";
import { TRASH_OBJECTS } from "./record-type-info";
import { purgeFromTrash, restoreFromTrash } from "./trash";

export const trashRecordSchema = z.object({ object: z.enum(TRASH_OBJECTS), id: z.uuid() });
export type TrashRecordInput = z.input<typeof trashRecordSchema>;

/** Puts a record of any trash type back (writers: admins and managers any, reps their own or shared). */
export async function restoreRecord(ctx: Ctx, input: TrashRecordInput): Promise<void> {
  const { object, id } = trashRecordSchema.parse(input);
  await restoreFromTrash(ctx, RECORD_TABLES[object], object, id);
}

/** Deletes a record in the trash for good (admins only). */
export async function purgeRecord(ctx: Ctx, input: TrashRecordInput): Promise<void> {
  const { object, id } = trashRecordSchema.parse(input);
  await purgeFromTrash(ctx, RECORD_TABLES[object], object, id);
}
