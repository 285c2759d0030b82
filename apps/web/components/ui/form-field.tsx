import type * as React from "react";
import { cn } from "../../lib/cn";
import { Label } from "./label";

/** Props for the input inside a `FormField`, wiring it to the error (and hint) paragraphs. */
export function fieldErrorProps(
  id: string,
  error?: string | null,
  hint?: React.ReactNode,
): { "aria-invalid": boolean | undefined; "aria-describedby": string | undefined } {
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ");
  return {
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy || undefined,
  };
}

type FormFieldProps = {
  /** The id of the control; the label points to it, error/hint get `${id}-error` / `${id}-hint`. */
  id: string;
  label: React.ReactNode;
  error?: string | null;
  hint?: React.ReactNode;
  /** Show a required marker after the label (the control itself should carry `required`). */
  required?: boolean;
  className?: string;
  children: React.ReactNode;
};

export function FormField({ id, label, error, hint, required, className, children }: FormFieldProps) {
  return (
    // content-start: beside a taller field (a longer hint) in a row, label and control stay at the top.
    <div data-slot="form-field" className={cn("grid content-start gap-2", className)}>
      <Label htmlFor={id}>
        {label}
        {required ? (
          <span aria-hidden="true" className="text-destructive">
            *
          </span>
        ) : null}
      </Label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-muted-foreground text-sm">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} role="alert" className="font-medium text-destructive text-sm">
          {error}
        </p>
      ) : null}
    </div>
  );
}
