// /api/auth/* – better-auth's endpoints (sign-in, sessions, organizations, password reset)
import { getAuth } from "@crm/core/platform/auth/auth";
import { problemFromError } from "@/lib/api/problem";
import { withCappedBody } from "@/lib/api/read-json-body";

// better-auth reads JSON bodies before it authenticates anyone: the same size cap as /api/v1 first.
const handler = async (request: Request): Promise<Response> => {
  let capped: Request;
  try {
    capped = await withCappedBody(request);
  } catch (error) {
    return problemFromError(error);
  }
  return (await getAuth()).handler(capped);
};

export { handler as GET, handler as POST };
