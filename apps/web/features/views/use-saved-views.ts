"use client";
import { useCallback, useEffect, useState } from "react";
import type { ListObject } from "@/features/records/record-objects";
import { listViewsAction } from "./view-actions";

type Loaded = Extract<Awaited<ReturnType<typeof listViewsAction>>, { ok: true }>["data"];
export type SavedViewItem = Loaded["views"][number];

/** The list's saved views, loaded once the list shows and again after each change. */
export function useSavedViews(slug: string, object: ListObject) {
  const [views, setViews] = useState<SavedViewItem[] | null>(null);
  const [failed, setFailed] = useState(false);
  /** Whether the caller may publish views to the org (a write: not for readonly). */
  const [canShare, setCanShare] = useState(false);
  const reload = useCallback(async () => {
    const result = await listViewsAction(slug, { object });
    if (result.ok) {
      setViews(result.data.views);
      setCanShare(result.data.canShare);
      setFailed(false);
    } else setFailed(true);
  }, [slug, object]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { views, canShare, failed, reload };
}
