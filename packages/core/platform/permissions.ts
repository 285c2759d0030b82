import type { Role } from "../modules/orgs/roles";
import type { Ctx } from "./context";
import { AppError } from "./errors";

// The one policy module. The UI asks it to hide what a role cannot do; services call
// `assertCan` so the server refuses it anyway.
export const ACTIONS = [
  "org:read",
  "org:update",
  "members:manage",
  "apiKeys:manage",
  "audit:read",
  "devMail:read",
  "records:read",
  "records:write",
  /** Hand a record to another member (set its owner to someone else); anyone who writes may take an unowned one. */
  "records:assign",
  "records:export",
  "records:purge",
  "org:export",
  "pipelines:manage",
  /** Outgoing webhooks: subscriptions, their signing secrets and delivery logs (admins). */
  "webhooks:manage",
] as const;
export type Action = (typeof ACTIONS)[number];

const grants: Record<Role, ReadonlySet<Action>> = {
  admin: new Set(ACTIONS),
  manager: new Set<Action>([
    "org:read",
    "records:read",
    "records:write",
    "records:assign",
    "records:export",
    "audit:read",
    "pipelines:manage",
  ]),
  rep: new Set<Action>(["org:read", "records:read", "records:write", "records:export"]),
  readonly: new Set<Action>(["org:read", "records:read", "records:export"]),
};

export const can = (ctx: Pick<Ctx, "role">, action: Action): boolean => grants[ctx.role].has(action);

export function assertCan(ctx: Pick<Ctx, "role">, action: Action): void {
  if (!can(ctx, action))
    throw new AppError("forbidden", `Your role (${ctx.role}) may not do this (${action}).`);
}
