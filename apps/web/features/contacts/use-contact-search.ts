"use client";
import { useCallback } from "react";
import type { PickerOption } from "@/features/records/record-picker";
import { searchContactsAction } from "./contact-search-action";

/** The contact search a `RecordPicker` calls. */
export function useContactSearch(slug: string) {
  return useCallback(
    async (query: string): Promise<PickerOption[] | null> => {
      const result = await searchContactsAction(slug, query);
      return result.ok ? result.data : null;
    },
    [slug],
  );
}
