"use client";
import { useTranslations } from "next-intl";

type Failure = { error: string; code: string };

/**
 * The message for a failed server action: expected errors carry their own text; permission and
 * unexpected failures get a translated one.
 */
export function useActionError() {
  const t = useTranslations("errors");
  return (failure: Failure): string => {
    if (failure.code === "forbidden") return t("forbidden");
    if (failure.code === "internal") return t("generic");
    if (failure.code === "not_found") return t("recordGone");
    return failure.error;
  };
}
