// POST /api/v1/imports/{id}/rollback – remove what an import created and restore what it updated
import { rollbackImport } from "@crm/core/modules/imports/rollback-import";
import { withApi } from "@/lib/api/with-api";

export const POST = withApi<{ id: string }>(async (_request, { ctx, params }) =>
  Response.json({ data: await rollbackImport(ctx, params.id) }),
);
