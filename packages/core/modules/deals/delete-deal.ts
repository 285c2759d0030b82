import type { Ctx } from "../../platform/context";
import { moveToTrash } from "../records/trash";
import { deals } from "./tables";

export const deleteDeal = (ctx: Ctx, id: string): Promise<void> => moveToTrash(ctx, deals, "deals", id);
