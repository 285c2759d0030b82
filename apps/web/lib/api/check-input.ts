import "server-only";
import { AppError } from "@crm/core/platform/errors";
import { hasNul, nulFieldErrors, nulPaths } from "@crm/core/platform/validation";
import { z } from "zod";

// Input every /api/v1 route refuses before its handler runs, so no service ever sees it: path ids
// that are not UUIDs (the database would fail on the cast) and U+0000 anywhere in the query string
// (PostgreSQL text cannot hold it).

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

/** Refuses U+0000 in any query parameter's name or value (422 naming the parameter). */
export function checkQuery(request: Request): void {
  const errors: Record<string, string[]> = {};
  for (const [name, value] of new URL(request.url).searchParams) {
    if (hasNul(name) || hasNul(value)) errors[hasNul(name) ? "_" : name] = ["Must not contain U+0000"];
  }
  if (Object.keys(errors).length > 0) {
    throw new AppError("unprocessable", "Query parameters must not contain U+0000", { fieldErrors: errors });
  }
}

/** Refuses a JSON body with U+0000 in any string or key (422 naming each field). */
export function checkJsonBody(body: unknown): unknown {
  const paths = nulPaths(body);
  if (paths.length > 0) {
    throw new AppError("unprocessable", "Text must not contain U+0000", {
      fieldErrors: nulFieldErrors(paths),
    });
  }
  return body;
}
