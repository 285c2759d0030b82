"use client";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

/**
 * Puts errors keyed by the service's field names (`annualRevenue`, `deal.stageId`) on the form's
 * fields (`revenue`, `stageId`); true when at least one landed on a field.
 */
export function setFieldErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  fieldErrors: Record<string, string[] | undefined>,
  fieldOf: Record<string, Path<T>>,
): boolean {
  let shown = false;
  for (const [field, messages] of Object.entries(fieldErrors)) {
    const target = fieldOf[field];
    if (target && messages?.[0]) {
      setError(target, { type: "server", message: messages[0] });
      shown = true;
    }
  }
  return shown;
}
