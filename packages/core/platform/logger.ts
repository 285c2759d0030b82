import pino from "pino";
import { env } from "./env";
import { getRequestScope } from "./request-context";

export const logger = pino({
  level: env.LOG_LEVEL ?? (env.NODE_ENV === "test" ? "silent" : "info"),
  base: { service: "crm" },
  redact: ["password", "*.password", "token", "*.token", "key", "*.key", "secret", "*.secret"],
  mixin() {
    const scope = getRequestScope();
    return scope ? { requestId: scope.requestId, orgId: scope.orgId, userId: scope.userId } : {};
  },
});

export type Logger = typeof logger;
