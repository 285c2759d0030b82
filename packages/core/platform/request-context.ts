import { AsyncLocalStorage } from "node:async_hooks";

// Carries request-scoped ids so every log line can name the request, org and user, and for a server
// action its name (`contacts.create`).
export type RequestScope = { requestId: string; action?: string; orgId?: string; userId?: string };

const storage = new AsyncLocalStorage<RequestScope>();

export const runWithRequestScope = <T>(scope: RequestScope, fn: () => T): T => storage.run(scope, fn);

export const getRequestScope = (): RequestScope | undefined => storage.getStore();

export function setRequestScopeIds(ids: { orgId?: string; userId?: string }): void {
  const scope = storage.getStore();
  if (scope) Object.assign(scope, ids);
}

/** What every log line inside a request scope carries (undefined fields are left out of the line). */
export function requestScopeLogFields(): Partial<RequestScope> {
  const scope = storage.getStore();
  return scope
    ? { requestId: scope.requestId, action: scope.action, orgId: scope.orgId, userId: scope.userId }
    : {};
}
