"use server";
import { HISTORY_OBJECTS } from "@crm/core/modules/records/record-type-info";
import { z } from "zod";
import { runOrgAction } from "@/lib/actions";
import { loadHistoryPage } from "./load-history";

const moreSchema = z.object({ object: z.enum(HISTORY_OBJECTS), id: z.uuid(), before: z.uuid() });

/** The next page of a record's history ("Show more"). */
export async function loadMoreHistoryAction(slug: string, input: unknown) {
  return runOrgAction("history.list", slug, async (ctx) => {
    const { object, id, before } = moreSchema.parse(input);
    return loadHistoryPage(ctx, object, id, before);
  });
}
