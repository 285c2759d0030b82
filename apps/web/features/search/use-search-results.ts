"use client";
import type { SearchGroup, SearchHit } from "@crm/core/modules/search/schemas";
import { useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import { useActionError } from "@/features/records/use-action-error";
import { readRecent } from "./recent-records";
import { recentRecordsAction, searchAction } from "./search-actions";

const DEBOUNCE_MS = 150;

type State = { groups: SearchGroup[] | null; recent: SearchHit[] | null; loading: boolean };

/**
 * Results for the palette: search as you type (debounced; an answer to an older query is dropped),
 * and the recently viewed records while the box is empty.
 */
export function useSearchResults(slug: string, userId: string, query: string, open: boolean): State {
  const actionError = useActionError();
  const [groups, setGroups] = useState<SearchGroup[] | null>(null);
  const [recent, setRecent] = useState<SearchHit[] | null>(null);
  const [loading, setLoading] = useState(false);
  const latest = useRef(0);
  const errorRef = useRef(actionError);
  errorRef.current = actionError;

  useEffect(() => {
    if (!open) return;
    const q = query.trim();
    const ticket = ++latest.current;
    if (!q) {
      setGroups(null);
      setLoading(false);
      const refs = readRecent(slug, userId);
      if (refs.length === 0) {
        setRecent([]);
        return;
      }
      void recentRecordsAction(slug, refs).then((result) => {
        if (ticket === latest.current) setRecent(result.ok ? result.data : []);
      });
      return;
    }
    setLoading(true);
    const timer = setTimeout(async () => {
      const result = await searchAction(slug, { q, limit: 5 });
      if (ticket !== latest.current) return;
      setLoading(false);
      if (result.ok) setGroups(result.data.groups);
      else {
        setGroups([]);
        toast.error(errorRef.current(result));
      }
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [slug, userId, query, open]);

  return { groups, recent, loading };
}
