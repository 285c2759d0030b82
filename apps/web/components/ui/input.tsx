import type * as React from "react";
import { cn } from "../../lib/cn";

export const inputBaseClasses = [
  "w-full min-w-0 rounded-md border border-input bg-background px-3 text-base text-foreground shadow-xs",
  "transition-[color,box-shadow] outline-none placeholder:text-muted-foreground md:text-sm",
  "focus-visible:border-ring focus-visible:ring-2 focus-visible:ring-ring/40",
  "disabled:cursor-not-allowed disabled:opacity-50",
  "aria-invalid:border-destructive aria-invalid:ring-destructive/25 aria-invalid:focus-visible:ring-destructive/40",
].join(" ");

export function Input({ className, type = "text", ...props }: React.ComponentProps<"input">) {
  return (
    <input
      data-slot="input"
      type={type}
      className={cn(
        inputBaseClasses,
        "h-10 py-2 sm:h-9 sm:py-1",
        "file:mr-3 file:border-0 file:bg-transparent file:font-medium file:text-foreground file:text-sm",
        className,
      )}
      {...props}
    />
  );
}
