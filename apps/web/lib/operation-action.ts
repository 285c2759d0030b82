import "server-only";
import type { Ctx } from "@crm/core/platform/context";
import type { Operation } from "@crm/core/platform/operations/define-operation";
import { runOperation } from "@crm/core/platform/operations/run-operation";
import type { z } from "zod";
import { type ActionResult, runOrgAction } from "./actions";

/**
 * A server action that runs an operation for the signed-in member of `slug`: the same permission
 * check and input validation as the REST route bound to it. `shape` turns the output into what the
 * screen needs, given the caller (what they may do with each item, say).
 */
export function runOrgOperation<I extends z.ZodType, O extends z.ZodType, R>(
  slug: string,
  operation: Operation<I, O, R>,
  input: z.input<I>,
): Promise<ActionResult<R>>;
export function runOrgOperation<I extends z.ZodType, O extends z.ZodType, R, T>(
  slug: string,
  operation: Operation<I, O, R>,
  input: z.input<I>,
  shape: (output: R, ctx: Ctx) => T,
): Promise<ActionResult<T>>;
export function runOrgOperation<I extends z.ZodType, O extends z.ZodType, R, T>(
  slug: string,
  operation: Operation<I, O, R>,
  input: z.input<I>,
  shape?: (output: R, ctx: Ctx) => T,
): Promise<ActionResult<R | T>> {
  return runOrgAction(operation.name, slug, async (ctx) => {
    const output = await runOperation(operation, ctx, input);
    return shape ? shape(output, ctx) : output;
  });
}
