// Pure (no "server-only"): unit-tested with plain Requests.
import { AppError } from "@crm/core/platform/errors";
import {
  isStorableText,
  UNSTORABLE_TEXT_MESSAGE,
  unstorableTextFieldErrors,
  unstorableTextPaths,
} from "@crm/core/platform/validation";
import { z } from "zod";

// Input every /api/v1 route refuses before its handler runs, so no service ever sees it: path ids
// that are not UUIDs (the database would fail on the cast), and U+0000 or a lone UTF-16 surrogate
// anywhere in the query string or a JSON body (PostgreSQL text cannot hold U+0000, jsonb refuses
// both).

const uuid = z.uuid();
const isIdParam = (name: string) => name === "id" || name.endsWith("Id");

/** The route's path parameters, checked: an `id` or `…Id` that is not a UUID names no record (404). */
export function checkPathParams<P>(params: P): P {
  for (const [name, value] of Object.entries((params ?? {}) as Record<string, unknown>)) {
    if (isIdParam(name) && (typeof value !== "string" || !uuid.safeParse(value).success)) {
      throw new AppError("not_found", `Not found: the path parameter ${name} is not a valid id`, {
        fieldErrors: { [name]: ["Not a valid id (a UUID)"] },
      });
    }
  }
  return params;
}

/** Refuses text PostgreSQL cannot store in any query parameter's name or value (422 naming the parameter). */
export function checkQuery(request: Request): void {
  const errors: Record<string, string[]> = {};
  for (const [name, value] of new URL(request.url).searchParams) {
    if (!isStorableText(name) || !isStorableText(value)) {
      errors[isStorableText(name) ? name : "_"] = [UNSTORABLE_TEXT_MESSAGE];
    }
  }
  if (Object.keys(errors).length > 0) {
    throw new AppError("unprocessable", "Query parameters must not contain U+0000 or a lone surrogate", {
      fieldErrors: errors,
    });
  }
}

/** Refuses a JSON body with U+0000 or a lone surrogate in any string or key (422 naming each field). */
export function checkJsonBody(body: unknown): unknown {
  const paths = unstorableTextPaths(body);
  if (paths.length > 0) {
    throw new AppError("unprocessable", "Text must not contain U+0000 or a lone UTF-16 surrogate", {
      fieldErrors: unstorableTextFieldErrors(paths),
    });
  }
  return body;
}
