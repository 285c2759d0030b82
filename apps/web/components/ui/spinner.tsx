import { Loader2 } from "lucide-react";
import type * as React from "react";
import { cn } from "../../lib/cn";

type SpinnerProps = React.ComponentProps<typeof Loader2> & {
  /** Accessible label announced via role="status"; when omitted the spinner is decorative. */
  label?: string;
};

export function Spinner({ className, label, ...props }: SpinnerProps) {
  const icon = <Loader2 aria-hidden="true" className={cn("size-4 animate-spin", className)} {...props} />;
  if (!label) return icon;
  return (
    <span data-slot="spinner" role="status" className="inline-flex items-center">
      {icon}
      <span className="sr-only">{label}</span>
    </span>
  );
}
