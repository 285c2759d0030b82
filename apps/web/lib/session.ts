import "server-only";
import { getAuth } from "@crm/core/platform/auth/auth";
import { isBuildPhase } from "@crm/core/platform/env";
import { headers } from "next/headers";
import { cache } from "react";

/** The better-auth session for this request, or null; cached per request. */
export const getSession = cache(async () => {
  // Prerendering at build time (the 404 page) must not open the database.
  if (isBuildPhase()) return null;
  const auth = await getAuth();
  return auth.api.getSession({ headers: await headers() });
});

export type Session = NonNullable<Awaited<ReturnType<typeof getSession>>>;
