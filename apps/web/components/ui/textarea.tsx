import type * as React from "react";
import { cn } from "../../lib/cn";
import { inputBaseClasses } from "./input";

export function Textarea({ className, ...props }: React.ComponentProps<"textarea">) {
  return (
    <textarea
      data-slot="textarea"
      className={cn(inputBaseClasses, "field-sizing-content min-h-20 py-2", className)}
      {...props}
    />
  );
}
