import pino from "pino";
import { env } from "./env";
import { requestScopeLogFields } from "./request-context";

export const logger = pino({
  level: env.LOG_LEVEL ?? (env.NODE_ENV === "test" ? "silent" : "info"),
  base: { service: "crm" },
  redact: ["password", "*.password", "token", "*.token", "key", "*.key", "secret", "*.secret"],
  mixin: requestScopeLogFields,
});

export type Logger = typeof logger;
