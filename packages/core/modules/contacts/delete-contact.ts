import type { Ctx } from "../../platform/context";
import { moveToTrash } from "../records/trash";
import { contacts } from "./tables";

export const deleteContact = (ctx: Ctx, id: string): Promise<void> =>
  moveToTrash(ctx, contacts, "contacts", id);
