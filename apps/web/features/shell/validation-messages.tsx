"use client";
import { installValidationMessages, type ValidationKey } from "@crm/core/platform/validation";
import { useTranslations } from "next-intl";

/** Makes zod's messages (the same schemas as the server's) speak the user's language in forms. */
export function ValidationMessages() {
  const t = useTranslations("validation");
  installValidationMessages((key: ValidationKey, values) => t(key, values));
  return null;
}
