// POST /api/v1/merges/{id}/undo – undo a merge: the merged records return and their links move back
import { undoMerge } from "@crm/core/modules/duplicates/undo-merge";
import { z } from "zod";
import { withApi } from "@/lib/api/with-api";

export const POST = withApi<{ id: string }>(async (_request, { ctx, params }) => {
  return Response.json({ data: await undoMerge(ctx, z.uuid().parse(params.id)) });
});
