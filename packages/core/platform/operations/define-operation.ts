import type { z } from "zod";
import type { Ctx } from "../context";
import type { Action } from "../permissions";

/**
 * One use case, declared once: REST routes, the OpenAPI document, MCP tools, assistant tools and
 * workflow actions are all bound from this declaration, so each gets the same validation and the
 * same permission check.
 */
export type Operation<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType, R = z.input<O>> = {
  /** Stable name, `<area>.<verb>` (`contacts.create`): log lines, audit, MCP tool names. */
  name: string;
  /** One line for people and models choosing a tool. */
  description: string;
  /** What the caller's role must be allowed; checked before the input is even parsed. */
  permission: Action;
  /** Changes data (assistants must confirm it; read-only keys and MCP read scopes may not call it). */
  writes: boolean;
  input: I;
  /**
   * The input field that holds what the caller edits (`patch`): its invalid fields are named as the
   * caller wrote them (`status`, not `patch.status`), in a PATCH body and a form alike.
   */
  fieldsIn?: string;
  /** What the handler answers, for documentation and JSON Schema export (not checked at run time). */
  output: O;
  /** The use case itself, given the parsed input; it answers what `output` describes. */
  handler: (ctx: Ctx, input: z.output<I>) => Promise<R>;
};

/** Any operation, whatever its schemas (for lists of operations). */
// biome-ignore lint/suspicious/noExplicitAny: the registry holds operations of every input and output type
export type AnyOperation = Operation<any, any, any>;

export const defineOperation = <I extends z.ZodType, O extends z.ZodType, R = z.input<O>>(
  operation: Operation<I, O, R>,
): Operation<I, O, R> => operation;
