"use client";
import { useTranslations } from "next-intl";
import { type AuthClientError, authErrorKey } from "@/lib/auth-errors";

/** Turns an error from the better-auth client into a message in the user's language. */
export function useAuthErrorMessage() {
  const t = useTranslations();
  return (error: AuthClientError): string => {
    const key = authErrorKey(error);
    if (key === "errors.invalidOrigin") return t(key, { origin: window.location.origin });
    if (key) return t(key);
    return error.message || t("errors.generic");
  };
}
