import type { z } from "zod";
import type { Ctx } from "../context";
import { AppError, type FieldErrors } from "../errors";
import { assertCan } from "../permissions";
import { zodFieldErrors } from "../validation-errors";
import type { Operation } from "./define-operation";

/** Field errors under `field` named without its prefix (`patch.status` → `status`). */
function relativeTo(field: string | undefined, errors: FieldErrors): FieldErrors {
  if (!field) return errors;
  const prefix = `${field}.`;
  return Object.fromEntries(
    Object.entries(errors).map(([key, messages]) => [
      key.startsWith(prefix) ? key.slice(prefix.length) : key,
      messages,
    ]),
  );
}

/**
 * Runs an operation for a caller: permission first (a role that may not do it learns nothing about
 * the input), then the input parsed once from the declared schema (422 naming each field), then the
 * handler. Every binding (REST, server actions, MCP, assistant, workflows) calls this.
 */
export async function runOperation<I extends z.ZodType, O extends z.ZodType, R>(
  operation: Operation<I, O, R>,
  ctx: Ctx,
  rawInput: unknown,
): Promise<R> {
  assertCan(ctx, operation.permission);
  const parsed = operation.input.safeParse(rawInput);
  if (!parsed.success) {
    throw new AppError("unprocessable", "The input has invalid fields", {
      fieldErrors: relativeTo(operation.fieldsIn, zodFieldErrors(parsed.error)),
    });
  }
  return operation.handler(ctx, parsed.data);
}
