import { getTranslations } from "next-intl/server";
import { Skeleton } from "@/components/ui/skeleton";

/** While the board loads: the toolbar and a few columns of placeholder cards. */
export async function BoardLoading() {
  const t = await getTranslations("common");
  return (
    <div className="flex flex-col gap-4" role="status" aria-busy="true">
      <span className="sr-only">{t("loading")}</span>
      <div className="mb-2 grid gap-2">
        <Skeleton className="h-7 w-48" />
        <Skeleton className="h-4 w-72 max-w-full" />
      </div>
      <div className="flex flex-wrap gap-3">
        <Skeleton className="h-9 w-48" />
        <Skeleton className="h-9 w-44" />
        <Skeleton className="h-9 w-40" />
      </div>
      <div className="flex gap-3 overflow-hidden">
        {[4, 3, 2, 3].map((cards, column) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders
          <div key={column} className="grid w-72 shrink-0 content-start gap-2 rounded-lg border p-2">
            <Skeleton className="h-10 w-full" />
            {Array.from({ length: cards }, (_, card) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders
              <Skeleton key={card} className="h-20 w-full" />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
