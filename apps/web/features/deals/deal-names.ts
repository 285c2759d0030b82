import "server-only";
import { getDealOrThrow } from "@crm/core/modules/deals/get-deal";
import type { Ctx } from "@crm/core/platform/context";
import { AppError } from "@crm/core/platform/errors";
import { z } from "zod";

/** Titles of the deals a page of records links to; an invisible deal stays unnamed. */
export async function loadDealNames(
  ctx: Ctx,
  ids: (string | null | undefined)[],
): Promise<Record<string, string>> {
  const names: Record<string, string> = {};
  // Ids can come from the URL (a filter): only well-formed ones reach the database.
  const valid = ids.filter((v): v is string => z.uuid().safeParse(v).success);
  // One after the other: on PGlite every query shares one connection.
  for (const id of new Set(valid)) {
    try {
      names[id] = (await getDealOrThrow(ctx, id)).title;
    } catch (error) {
      if (!(error instanceof AppError && error.code === "not_found")) throw error;
    }
  }
  return names;
}
