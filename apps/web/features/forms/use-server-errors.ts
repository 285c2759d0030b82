"use client";
import { useCallback } from "react";
import type { FieldValues, UseFormSetError } from "react-hook-form";
import { useActionError } from "@/features/records/use-action-error";
import { type FieldErrorsByName, type FieldMap, setFieldErrors } from "./field-errors";

/** A failed server action (`ActionResult` with `ok: false`), as the forms receive it. */
export type ActionFailure = { error: string; code: string; fieldErrors?: FieldErrorsByName };

/** The form's alert for an error no field can show (read by `DialogForm` and `FormRootError`). */
export const ROOT_ERROR = "root.server";

/**
 * Shows a failed server action on a form: field errors (a 422's) at their fields, the first focused;
 * anything else (a conflict, a permission, a failure) as the form's alert, in the reader's language.
 * `alsoShow` gets the field errors first, for fields the form keeps outside react-hook-form (custom
 * fields); it answers whether it showed any.
 */
export function useServerErrors() {
  const actionError = useActionError();
  return useCallback(
    <T extends FieldValues>(
      setError: UseFormSetError<T>,
      failure: ActionFailure,
      fields: FieldMap<T>,
      alsoShow?: (fieldErrors: FieldErrorsByName | undefined) => boolean,
    ): void => {
      const shownElsewhere = alsoShow?.(failure.fieldErrors) ?? false;
      const shownAtFields = setFieldErrors(setError, failure.fieldErrors, fields);
      if (!shownElsewhere && !shownAtFields) {
        setError(ROOT_ERROR, { type: failure.code, message: actionError(failure) });
      }
    },
    [actionError],
  );
}
