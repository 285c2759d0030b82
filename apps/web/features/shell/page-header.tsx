import type { ReactNode } from "react";

export function PageHeader({
  title,
  description,
  actions,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className="mb-6 flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
        {description ? <p className="text-sm text-muted-foreground">{description}</p> : null}
      </div>
      {/* Tighter buttons on a phone, so a list's Export, Import and New fit on one line. */}
      {actions ? <div className="flex flex-wrap gap-2 max-sm:[&_:is(a,button)]:px-2.5">{actions}</div> : null}
    </div>
  );
}
