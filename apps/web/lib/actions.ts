import "server-only";
import type { Ctx } from "@crm/core/platform/context";
import { setRequestScopeIds } from "@crm/core/platform/request-context";
import { redirect } from "next/navigation";
import { requireOrgContext } from "./org-context";
import { type ActionResult, runAction } from "./run-action";
import { getSession, type Session } from "./session";

// One wrapper (runAction) and a binding per auth level: anyone, a signed-in user, a member of an org.
export { type ActionResult, runAction };

/** Server action of the signed-in user, outside any org: not signed in → sign-in. */
export function runUserAction<T>(
  name: string,
  fn: (user: Session["user"]) => Promise<T>,
): Promise<ActionResult<T>> {
  return runAction(name, async () => {
    const session = await getSession();
    if (!session) redirect("/sign-in");
    setRequestScopeIds({ userId: session.user.id });
    return fn(session.user);
  });
}

/** Server action in an org: membership is checked from the session, never taken from the client. */
export function runOrgAction<T>(
  name: string,
  slug: string,
  fn: (ctx: Ctx) => Promise<T>,
): Promise<ActionResult<T>> {
  return runAction(name, async () => {
    const { ctx } = await requireOrgContext(slug);
    setRequestScopeIds({ orgId: ctx.orgId, userId: ctx.userId ?? undefined });
    return fn(ctx);
  });
}
