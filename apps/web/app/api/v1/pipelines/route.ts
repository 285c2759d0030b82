// GET /api/v1/pipelines – the org's pipelines with their stages; POST – create a pipeline (admins, managers)
import { createPipeline } from "@crm/core/modules/deals/create-pipeline";
import { listPipelines } from "@crm/core/modules/deals/list-pipelines";
import { createRoute } from "@/lib/api/record-routes";
import { withApi } from "@/lib/api/with-api";

export const GET = withApi(async (_request, { ctx }) =>
  Response.json({ data: await listPipelines(ctx), nextCursor: null }),
);
export const POST = createRoute(createPipeline);
