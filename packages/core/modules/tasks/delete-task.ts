import type { Ctx } from "../../platform/context";
import { moveToTrash } from "../records/trash";
import { tasks } from "./tables";

export const deleteTask = (ctx: Ctx, id: string): Promise<void> => moveToTrash(ctx, tasks, "tasks", id);
