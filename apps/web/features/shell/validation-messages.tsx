"use client";
import { useTranslations } from "next-intl";
import { useEffect } from "react";

/**
 * Makes zod's messages (the same schemas as the server's) speak the user's language in forms. zod
 * loads after the page is interactive: no page needs it to show, only a form to validate.
 */
export function ValidationMessages() {
  const t = useTranslations("validation");
  useEffect(() => {
    void import("@crm/core/platform/validation").then(({ installValidationMessages }) =>
      installValidationMessages((key, values) => t(key, values)),
    );
  }, [t]);
  return null;
}
