// GET /api/health – liveness and database check, no auth
import { getHealth } from "@crm/core/modules/health/get-health";
import { logger } from "@crm/core/platform/logger";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  try {
    return Response.json(await getHealth());
  } catch (error) {
    logger.error({ err: error }, "health check failed");
    return Response.json({ status: "error" }, { status: 503 });
  }
}
