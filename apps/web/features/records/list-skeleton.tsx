import { Skeleton } from "@/components/ui/skeleton";

/** While a list page loads: the header, toolbar and rows as placeholders. */
export function ListSkeleton({
  label,
  rows = 8,
  columns = 5,
}: {
  label: string;
  rows?: number;
  columns?: number;
}) {
  return (
    <div className="flex flex-col gap-4" role="status" aria-busy="true">
      <span className="sr-only">{label}</span>
      <div className="mb-2 flex items-end justify-between gap-3">
        <div className="grid gap-2">
          <Skeleton className="h-7 w-40" />
          <Skeleton className="h-4 w-64 max-w-full" />
        </div>
        <Skeleton className="h-9 w-32" />
      </div>
      <div className="flex flex-col gap-2 sm:flex-row">
        <Skeleton className="h-9 w-full sm:max-w-xs" />
        <Skeleton className="h-9 w-28 sm:ml-auto" />
      </div>
      <div className="flex gap-2">
        <Skeleton className="h-8 w-24" />
        <Skeleton className="h-8 w-20" />
        <Skeleton className="h-8 w-16" />
      </div>
      <div className="rounded-lg border">
        {Array.from({ length: rows }, (_, row) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders
          <div key={row} className="flex items-center gap-4 border-b px-3 py-3 last:border-0">
            {Array.from({ length: columns }, (_, col) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders
              <Skeleton key={col} className={col === 0 ? "h-4 w-40" : "hidden h-4 w-24 sm:block"} />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
