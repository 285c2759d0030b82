import "server-only";
import { getCompanyOrThrow } from "@crm/core/modules/companies/get-company";
import type { Ctx } from "@crm/core/platform/context";
import { AppError } from "@crm/core/platform/errors";
import { z } from "zod";

/**
 * Names of the companies a page of records links to (at most a page's worth). A company the
 * user may not see stays unnamed rather than failing the page.
 */
export async function loadCompanyNames(ctx: Ctx, ids: (string | null)[]): Promise<Record<string, string>> {
  const names: Record<string, string> = {};
  // One after the other: on PGlite every query shares one connection.
  // Ids can come from the URL (a filter): only well-formed ones reach the database.
  const valid = ids.filter((v): v is string => z.uuid().safeParse(v).success);
  for (const id of new Set(valid)) {
    try {
      names[id] = (await getCompanyOrThrow(ctx, id)).name;
    } catch (error) {
      if (!(error instanceof AppError && error.code === "not_found")) throw error;
    }
  }
  return names;
}
