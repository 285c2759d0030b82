"use client";
import { useRouter } from "next/navigation";
import { useCallback } from "react";
import type { z } from "zod";
import { useActionError } from "./use-action-error";

type Outcome =
  | { ok: true }
  | { ok: false; error: string; code: string; fieldErrors?: Record<string, string[]> };

/**
 * Saving one field of a record from its detail page: checked first with the same zod schema the
 * server uses (translated messages at the field), then sent; the server's field error comes back to it.
 */
export function useFieldSaver<Input extends Record<string, unknown>>(
  schema: z.ZodType<unknown, Input>,
  save: (input: Partial<Input>) => Promise<Outcome>,
) {
  const router = useRouter();
  const actionError = useActionError();
  return useCallback(
    async (field: keyof Input & string, value: unknown, extra?: Partial<Input>): Promise<string | null> => {
      const input = { ...extra, [field]: value } as Partial<Input>;
      const checked = schema.safeParse(input);
      if (!checked.success)
        return checked.error.issues[0]?.message ?? actionError({ error: "", code: "internal" });
      const result = await save(input);
      if (!result.ok) return result.fieldErrors?.[field]?.[0] ?? actionError(result);
      router.refresh();
      return null;
    },
    [schema, save, router, actionError],
  );
}

/** `useFieldSaver` for a record's update action (`updateContactAction(slug, id, input)`). */
export function useRecordFieldSaver<Input extends Record<string, unknown>>(
  schema: z.ZodType<unknown, Input>,
  update: (slug: string, id: string, input: Partial<Input>) => Promise<Outcome>,
  slug: string,
  id: string,
) {
  const send = useCallback((input: Partial<Input>) => update(slug, id, input), [update, slug, id]);
  return useFieldSaver(schema, send);
}
