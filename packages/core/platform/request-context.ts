import { AsyncLocalStorage } from "node:async_hooks";

// Carries request-scoped ids so every log line can name the request, org and user.
export type RequestScope = { requestId: string; orgId?: string; userId?: string };

const storage = new AsyncLocalStorage<RequestScope>();

export const runWithRequestScope = <T>(scope: RequestScope, fn: () => T): T => storage.run(scope, fn);

export const getRequestScope = (): RequestScope | undefined => storage.getStore();

export function setRequestScopeIds(ids: { orgId?: string; userId?: string }): void {
  const scope = storage.getStore();
  if (scope) Object.assign(scope, ids);
}
