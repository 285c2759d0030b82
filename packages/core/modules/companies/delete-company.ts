import type { Ctx } from "../../platform/context";
import { moveToTrash } from "../records/trash";
import { companies } from "./tables";

export const deleteCompany = (ctx: Ctx, id: string): Promise<void> =>
  moveToTrash(ctx, companies, "companies", id);
