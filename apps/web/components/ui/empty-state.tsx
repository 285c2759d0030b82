import type { LucideIcon } from "lucide-react";
import type * as React from "react";
import { cn } from "../../lib/cn";

type EmptyStateProps = Omit<React.ComponentProps<"div">, "title"> & {
  icon: LucideIcon;
  title: React.ReactNode;
  description?: React.ReactNode;
  /** Usually a `<Button>` (e.g. "Create your first contact"). */
  action?: React.ReactNode;
};

export function EmptyState({ icon: Icon, title, description, action, className, ...props }: EmptyStateProps) {
  return (
    <div
      data-slot="empty-state"
      className={cn(
        "flex flex-col items-center justify-center gap-3 rounded-lg border border-dashed px-6 py-12 text-center",
        className,
      )}
      {...props}
    >
      <div className="flex size-12 items-center justify-center rounded-full bg-muted text-muted-foreground">
        <Icon className="size-6" aria-hidden="true" />
      </div>
      <div className="flex max-w-sm flex-col gap-1">
        <h3 className="font-semibold text-base">{title}</h3>
        {description ? <p className="text-muted-foreground text-sm">{description}</p> : null}
      </div>
      {action ? <div className="mt-2">{action}</div> : null}
    </div>
  );
}
