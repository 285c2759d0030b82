// Pure (no "server-only"): unit-tested. apps/web/lib/actions.ts binds it to the session and the org.
import { randomUUID } from "node:crypto";
import { AppError, type FieldErrors } from "@crm/core/platform/errors";
import { logger } from "@crm/core/platform/logger";
import { runWithRequestScope } from "@crm/core/platform/request-context";
import { zodFieldErrors } from "@crm/core/platform/validation-errors";
import { z } from "zod";

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; error: string; code: string; fieldErrors?: FieldErrors; retryAfterSeconds?: number };

/**
 * The one wrapper for server actions. `name` is the action's stable name, `<area>.<verb>`
 * (`contacts.create`, as operations are named). The body runs in a request scope of its own, so every
 * log line names the request and the action, and the org and user once the caller is known (the
 * bindings in actions.ts set them); each run ends with one line giving its outcome and duration.
 * Expected errors become a result the form shows; anything else is logged and answered generically.
 */
export function runAction<T>(name: string, fn: () => Promise<T>): Promise<ActionResult<T>> {
  return runWithRequestScope({ requestId: randomUUID(), action: name }, async () => {
    const started = performance.now();
    // What is left when the body throws past settle: redirect() or notFound(), which Next.js handles.
    let outcome = "navigation";
    try {
      const result = await settle(fn);
      outcome = result.ok ? "ok" : result.code;
      return result;
    } finally {
      logger.info({ outcome, ms: Math.round(performance.now() - started) }, "server action");
    }
  });
}

async function settle<T>(fn: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (error) {
    if (error instanceof AppError) {
      return {
        ok: false,
        error: error.message,
        code: error.code,
        fieldErrors: error.fieldErrors,
        retryAfterSeconds: error.retryAfterSeconds,
      };
    }
    if (error instanceof z.ZodError) {
      return { ok: false, error: "Invalid input", code: "unprocessable", fieldErrors: zodFieldErrors(error) };
    }
    // redirect() and notFound() work by throwing: let Next.js handle them.
    if (error instanceof Error && "digest" in error) throw error;
    logger.error({ err: error }, "server action failed");
    return { ok: false, error: "Something went wrong", code: "internal" };
  }
}
