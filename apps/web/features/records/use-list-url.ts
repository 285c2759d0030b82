"use client";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useTransition } from "react";

export type UrlPatch = Record<string, string | null>;

/**
 * The list's state lives in the URL. Every change but paging starts again from the first page,
 * since a cursor only means something for the sort and filters it was made with.
 */
export function useListUrl() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [pending, startTransition] = useTransition();

  const hrefFor = useCallback(
    (patch: UrlPatch) => {
      const next = new URLSearchParams(searchParams.toString());
      for (const [key, value] of Object.entries(patch)) {
        if (value === null || value === "") next.delete(key);
        else next.set(key, value);
      }
      if (!("cursor" in patch)) next.delete("cursor");
      // The row offset belongs to the cursor it came with.
      if (!patch.cursor) next.delete("at");
      const query = next.toString();
      return query ? `${pathname}?${query}` : pathname;
    },
    [pathname, searchParams],
  );

  const update = useCallback(
    (patch: UrlPatch, { replace = false }: { replace?: boolean } = {}) => {
      const href = hrefFor(patch);
      startTransition(() => {
        if (replace) router.replace(href, { scroll: false });
        else router.push(href, { scroll: false });
      });
    },
    [hrefFor, router],
  );

  return { update, hrefFor, pending, searchParams };
}
