"use client";
import { useTranslations } from "next-intl";

type AuthError = { code?: string; message?: string; status?: number };

// better-auth answers in English; the codes users can run into get our translated text.
const KNOWN = {
  USER_IS_ALREADY_A_MEMBER_OF_THIS_ORGANIZATION: "settings.alreadyMember",
  YOU_CANNOT_LEAVE_THE_ORGANIZATION_AS_THE_ONLY_OWNER: "settings.lastAdmin",
  YOU_CANNOT_LEAVE_THE_ORGANIZATION_WITHOUT_AN_OWNER: "settings.lastAdmin",
} as const;

/** Turns an error from the better-auth client into a message in the user's language. */
export function useAuthErrorMessage() {
  const t = useTranslations();
  return (error: AuthError): string => {
    const known = error.code ? KNOWN[error.code as keyof typeof KNOWN] : undefined;
    if (known) return t(known);
    if (error.status === 401 || error.status === 403) return t("errors.forbidden");
    return error.message || t("errors.generic");
  };
}
