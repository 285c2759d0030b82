import "server-only";
import type { Operation } from "@crm/core/platform/operations/define-operation";
import { runOperation } from "@crm/core/platform/operations/run-operation";
import type { z } from "zod";
import { type ActionResult, runOrgAction } from "./actions";

/**
 * A server action that runs an operation for the signed-in member of `slug`: the same permission
 * check and input validation as the REST route bound to it.
 */
export function runOrgOperation<I extends z.ZodType, O extends z.ZodType, R>(
  slug: string,
  operation: Operation<I, O, R>,
  input: z.input<I>,
): Promise<ActionResult<R>> {
  return runOrgAction(operation.name, slug, (ctx) => runOperation(operation, ctx, input));
}
