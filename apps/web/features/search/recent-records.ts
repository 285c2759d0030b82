import { type RecentRef, recentRefsSchema, SEARCH_LINK_TYPES } from "@crm/core/modules/search/schemas";

// Recently viewed records, per user and org, in the browser's localStorage: only type and id are
// kept; names come fresh from the server, which also drops what the user may no longer see.

const MAX_RECENT = 8;
const key = (slug: string, userId: string) => `crm.search.recent.${userId}.${slug}`;
const RECORD_PATH = new RegExp(`^/o/[^/]+/(${SEARCH_LINK_TYPES.join("|")})/([0-9a-f-]{36})$`, "i");

export function readRecent(slug: string, userId: string): RecentRef[] {
  try {
    const parsed = recentRefsSchema.safeParse(JSON.parse(localStorage.getItem(key(slug, userId)) ?? "[]"));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** Remembers the record a path shows (a record detail page), most recent first. */
export function rememberPath(slug: string, userId: string, pathname: string): void {
  const match = RECORD_PATH.exec(pathname);
  const type = SEARCH_LINK_TYPES.find((t) => t === match?.[1]);
  const id = match?.[2]?.toLowerCase();
  if (!type || !id) return;
  const rest = readRecent(slug, userId).filter((ref) => !(ref.type === type && ref.id === id));
  try {
    localStorage.setItem(key(slug, userId), JSON.stringify([{ type, id }, ...rest].slice(0, MAX_RECENT)));
  } catch {
    // Storage full or disabled: recent items are a convenience.
  }
}
