"use client";
import { useCallback } from "react";
import type { PickerOption } from "@/features/records/record-picker";
import { searchDealsAction } from "./deal-search-action";

/** The deal search a `RecordPicker` calls. */
export function useDealSearch(slug: string) {
  return useCallback(
    async (query: string): Promise<PickerOption[] | null> => {
      const result = await searchDealsAction(slug, query);
      return result.ok ? result.data : null;
    },
    [slug],
  );
}
