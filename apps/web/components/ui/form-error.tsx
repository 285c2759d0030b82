import { cn } from "../../lib/cn";

/** A form-level error (one not tied to a field), announced to screen readers. */
export function FormError({
  message,
  className,
}: {
  message: string | null | undefined;
  className?: string;
}) {
  if (!message) return null;
  return (
    <p
      role="alert"
      className={cn("rounded-md bg-destructive/10 px-3 py-2 text-sm text-destructive", className)}
    >
      {message}
    </p>
  );
}
