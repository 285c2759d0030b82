import "server-only";
import { AppError, type FieldErrors } from "@crm/core/platform/errors";
import { logger } from "@crm/core/platform/logger";
import { zodFieldErrors } from "@crm/core/platform/validation-errors";
import { z } from "zod";

const TITLES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  413: "Content Too Large",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
};

/** RFC 9457 problem details. */
export function problem(
  status: number,
  detail: string,
  extra?: { errors?: FieldErrors; headers?: HeadersInit },
) {
  return Response.json(
    {
      type: "about:blank",
      title: TITLES[status] ?? "Error",
      status,
      detail,
      ...(extra?.errors ? { errors: extra.errors } : {}),
    },
    { status, headers: { "content-type": "application/problem+json", ...extra?.headers } },
  );
}

export { zodFieldErrors };

/** Expected errors become their status; anything else is logged and answered with a generic 500. */
export function problemFromError(error: unknown): Response {
  if (error instanceof AppError) {
    const headers: Record<string, string> = {};
    if (error.retryAfterSeconds) headers["retry-after"] = String(error.retryAfterSeconds);
    // The rest of an oversized body is not read: the connection ends with the answer.
    if (error.status === 413) headers.connection = "close";
    return problem(error.status, error.message, { errors: error.fieldErrors, headers });
  }
  if (error instanceof z.ZodError) {
    return problem(422, "The request has invalid fields", { errors: zodFieldErrors(error) });
  }
  logger.error({ err: error }, "unhandled API error");
  return problem(500, "Something went wrong on our side. The error has been logged.");
}
