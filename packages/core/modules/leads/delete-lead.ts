import type { Ctx } from "../../platform/context";
import { moveToTrash } from "../records/trash";
import { leads } from "./tables";

export const deleteLead = (ctx: Ctx, id: string): Promise<void> => moveToTrash(ctx, leads, "leads", id);
