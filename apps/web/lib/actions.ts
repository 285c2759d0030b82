import "server-only";
import { randomUUID } from "node:crypto";
import type { Ctx } from "@crm/core/platform/context";
import { AppError, type FieldErrors } from "@crm/core/platform/errors";
import { logger } from "@crm/core/platform/logger";
import { runWithRequestScope } from "@crm/core/platform/request-context";
import { z } from "zod";
import { zodFieldErrors } from "./api/problem";
import { requireOrgContext } from "./org-context";

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; error: string; code: string; fieldErrors?: FieldErrors; retryAfterSeconds?: number };

/** Runs a server action body: expected errors become a result the form shows; others are logged. */
export async function runAction<T>(fn: () => Promise<T>): Promise<ActionResult<T>> {
  return runWithRequestScope({ requestId: randomUUID() }, async () => {
    try {
      return { ok: true as const, data: await fn() };
    } catch (error) {
      if (error instanceof AppError) {
        return {
          ok: false as const,
          error: error.message,
          code: error.code,
          fieldErrors: error.fieldErrors,
          retryAfterSeconds: error.retryAfterSeconds,
        };
      }
      if (error instanceof z.ZodError) {
        return {
          ok: false as const,
          error: "Invalid input",
          code: "unprocessable",
          fieldErrors: zodFieldErrors(error),
        };
      }
      // redirect() and notFound() work by throwing: let Next.js handle them.
      if (error instanceof Error && "digest" in error) throw error;
      logger.error({ err: error }, "server action failed");
      return { ok: false as const, error: "Something went wrong", code: "internal" };
    }
  });
}

/** Server action in an org: membership is checked from the session, never taken from the client. */
export async function runOrgAction<T>(slug: string, fn: (ctx: Ctx) => Promise<T>): Promise<ActionResult<T>> {
  const { ctx } = await requireOrgContext(slug);
  return runAction(() => fn(ctx));
}
