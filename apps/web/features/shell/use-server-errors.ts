"use client";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

type Failure = { error: string; fieldErrors?: Record<string, string[]> };

/** Puts a server action's field errors on the fields; returns the message when none matched a field. */
export function applyServerErrors<T extends FieldValues>(
  result: Failure,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
): string | null {
  let matched = false;
  for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
    if (fields.includes(field as Path<T>) && messages[0]) {
      setError(field as Path<T>, { type: "server", message: messages[0] });
      matched = true;
    }
  }
  return matched ? null : result.error;
}
