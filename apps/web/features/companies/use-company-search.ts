"use client";
import { useCallback } from "react";
import type { PickerOption } from "@/features/records/record-picker";
import { searchCompaniesAction } from "./company-search-action";

/** The company search a `RecordPicker` calls. */
export function useCompanySearch(slug: string) {
  return useCallback(
    async (query: string): Promise<PickerOption[] | null> => {
      const result = await searchCompaniesAction(slug, query);
      return result.ok ? result.data : null;
    },
    [slug],
  );
}
