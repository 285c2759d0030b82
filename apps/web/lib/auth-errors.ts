// Pure: which message a better-auth client error gets. better-auth answers in English.

export type AuthClientError = { code?: string; message?: string; status?: number };

const KNOWN = {
  USER_IS_ALREADY_A_MEMBER_OF_THIS_ORGANIZATION: "settings.alreadyMember",
  YOU_CANNOT_LEAVE_THE_ORGANIZATION_AS_THE_ONLY_OWNER: "settings.lastAdmin",
  YOU_CANNOT_LEAVE_THE_ORGANIZATION_WITHOUT_AN_OWNER: "settings.lastAdmin",
  // The page's origin is not APP_URL: a configuration problem, not a missing permission.
  INVALID_ORIGIN: "errors.invalidOrigin",
  MISSING_OR_NULL_ORIGIN: "errors.invalidOrigin",
} as const;

export type AuthErrorKey = (typeof KNOWN)[keyof typeof KNOWN] | "errors.forbidden";

/** The message key for a known error, `errors.forbidden` for other 401/403s, else null (use its text). */
export function authErrorKey(error: AuthClientError): AuthErrorKey | null {
  const known = error.code ? KNOWN[error.code as keyof typeof KNOWN] : undefined;
  if (known) return known;
  if (error.status === 401 || error.status === 403) return "errors.forbidden";
  return null;
}
