import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { z } from "zod";

/** Field errors as services and zod report them: messages by the service's field name (`deal.stageId`). */
export type FieldErrorsByName = Readonly<Record<string, readonly string[] | undefined>>;

/**
 * Where a service's field names land in a form: a list when the form uses the same names, a map when
 * it renames them (`annualRevenue` → `revenue`, `phones.0.number` → `phone`).
 */
export type FieldMap<T extends FieldValues> = readonly Path<T>[] | Readonly<Record<string, Path<T>>>;

const isList = <T extends FieldValues>(fields: FieldMap<T>): fields is readonly Path<T>[] =>
  Array.isArray(fields);

/** The first message of every error that has a field in the form, under the form's name, in order. */
export function matchFieldErrors<T extends FieldValues>(
  fieldErrors: FieldErrorsByName | undefined,
  fields: FieldMap<T>,
): { name: Path<T>; message: string }[] {
  const matched = new Map<Path<T>, string>();
  for (const [key, messages] of Object.entries(fieldErrors ?? {})) {
    const name = isList(fields) ? fields.find((field) => field === key) : fields[key];
    const message = messages?.[0];
    if (name !== undefined && message && !matched.has(name)) matched.set(name, message);
  }
  return [...matched].map(([name, message]) => ({ name, message }));
}

/** Puts the errors on the form's fields (the first one focused); true when at least one landed. */
export function setFieldErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  fieldErrors: FieldErrorsByName | undefined,
  fields: FieldMap<T>,
): boolean {
  const matched = matchFieldErrors(fieldErrors, fields);
  matched.forEach(({ name, message }, index) => {
    setError(name, { type: "server", message }, { shouldFocus: index === 0 });
  });
  return matched.length > 0;
}

/**
 * Checks what a form is about to send with the service's own schema: the parsed input, or null after
 * putting the schema's errors on the form's fields.
 */
export function parseForForm<T extends FieldValues, S extends z.ZodType>(
  schema: S,
  input: unknown,
  setError: UseFormSetError<T>,
  fields: FieldMap<T>,
): z.output<S> | null {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  setFieldErrors(setError, z.flattenError(parsed.error).fieldErrors, fields);
  return null;
}
