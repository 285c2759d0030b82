// /api/auth/* – better-auth's endpoints (sign-in, sessions, organizations, password reset)
import { getAuth } from "@crm/core/platform/auth/auth";

const handler = async (request: Request): Promise<Response> => (await getAuth()).handler(request);

export { handler as GET, handler as POST };
