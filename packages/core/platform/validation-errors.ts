import type { z } from "zod";
import type { FieldErrors } from "./errors";

/** A zod error as field errors: `{"address.city": ["Required"]}`; `_` for the input as a whole. */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    errors[key] = [...(errors[key] ?? []), issue.message];
  }
  return errors;
}
