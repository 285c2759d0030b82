import { z } from "zod";

// What global search looks through, in the order the palette lists groups that rank equally.
export const SEARCH_TYPES = ["contacts", "companies", "deals", "leads", "activities", "tasks"] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** Record kinds a result opens (an activity opens the record it is logged on). */
export const SEARCH_LINK_TYPES = ["contacts", "companies", "deals", "leads", "tasks"] as const;

export const SEARCH_MAX_LIMIT = 20;

/** `types` as an array or a comma-separated list (query strings). */
const typesSchema = z.preprocess(
  (value) => (typeof value === "string" ? value.split(",").filter(Boolean) : value),
  z.array(z.enum(SEARCH_TYPES)).min(1),
);

export const searchInputSchema = z.object({
  q: z.string().trim().min(1).max(200),
  types: typesSchema.optional().describe(`Comma-separated: ${SEARCH_TYPES.join(", ")} (default all)`),
  limit: z.coerce.number().int().min(1).max(SEARCH_MAX_LIMIT).default(5).describe("Results per type"),
});
export type SearchInput = z.input<typeof searchInputSchema>;
export type SearchData = z.output<typeof searchInputSchema>;

const rangeSchema = z.tuple([z.number().int(), z.number().int()]);
export type MatchRange = z.infer<typeof rangeSchema>;

/** Plain text with the [start, end) ranges that matched: the client marks them, no HTML travels. */
export const highlightedSchema = z.object({ text: z.string(), ranges: z.array(rangeSchema) });
export type Highlighted = z.infer<typeof highlightedSchema>;

export const searchHitSchema = z.object({
  type: z.enum(SEARCH_TYPES),
  id: z.uuid(),
  title: highlightedSchema,
  subtitle: highlightedSchema.nullable(),
  /** A passage of a longer text (activity body, task notes) around the first match. */
  snippet: highlightedSchema.nullable(),
  /** Activity type, task status or deal stage: a short label the client may translate. */
  kind: z.string().nullable(),
  /** The record to open; null when there is none the caller can open. */
  link: z.object({ type: z.enum(SEARCH_LINK_TYPES), id: z.uuid() }).nullable(),
  score: z.number(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchGroupSchema = z.object({ type: z.enum(SEARCH_TYPES), items: z.array(searchHitSchema) });
export type SearchGroup = z.infer<typeof searchGroupSchema>;

export const searchResultSchema = z.object({ groups: z.array(searchGroupSchema) });
export type SearchResult = z.infer<typeof searchResultSchema>;

/** Records the user opened lately, sent back by the client to be named (and filtered) by the server. */
export const recentRefsSchema = z.array(z.object({ type: z.enum(SEARCH_LINK_TYPES), id: z.uuid() })).max(20);
export type RecentRef = z.infer<typeof recentRefsSchema>[number];
