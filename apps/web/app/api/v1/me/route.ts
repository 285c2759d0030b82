// GET /api/v1/me – the caller: user, organization and role (session or API key)
import { getMe } from "@crm/core/modules/orgs/get-me";
import { withApi } from "@/lib/api/with-api";

export const GET = withApi(async (_request, { ctx }) => Response.json({ data: await getMe(ctx) }));
