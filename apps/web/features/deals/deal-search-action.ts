"use server";
import { listDeals } from "@crm/core/modules/deals/list-deals";
import { z } from "zod";
import { runOrgAction } from "@/lib/actions";

/** Deals for a picker: the first matches by title, never the whole table. */
export async function searchDealsAction(slug: string, query: string) {
  return runOrgAction("deals.search", slug, async (ctx) => {
    const q = z.string().trim().max(200).parse(query);
    const page = await listDeals(ctx, { q: q || undefined, sort: "title", limit: 10 });
    return page.data.map((d) => ({ id: d.id, label: d.title }));
  });
}
