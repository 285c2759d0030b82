import { z } from "zod";
import { text } from "../../platform/validation";
import { RECORD_OBJECTS } from "./enums";

// Field schemas shared by every record type.
/** Tags as written ("Hot lead" stays so), one per spelling regardless of case: the first one wins. */
export function dedupeTags(tags: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const tag of tags) {
    const key = tag.toLowerCase();
    if (!seen.has(key)) seen.set(key, tag);
  }
  return [...seen.values()];
}

export const tagsSchema = z.array(text().trim().min(1).max(50)).max(30).transform(dedupeTags);

export const customInputSchema = z.record(text(), z.unknown());

export const optionalText = (max: number) => text().trim().max(max).nullish();

export const moneySchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const currencyCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine((v) => /^[A-Z]{3}$/.test(v), { params: { i18n: "currency" } });

export const idSchema = z.uuid();

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email().max(254));

/** Body of POST/DELETE /api/v1/shares. */
export const shareInputSchema = z.object({
  object: z.enum(RECORD_OBJECTS),
  recordId: z.uuid(),
  userId: z.uuid(),
});
export type ShareInput = z.input<typeof shareInputSchema>;
