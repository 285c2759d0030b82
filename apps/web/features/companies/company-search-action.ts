"use server";
import { listCompanies } from "@crm/core/modules/companies/list-companies";
import { z } from "zod";
import { runOrgAction } from "@/lib/actions";

/** Companies for a picker: the first matches by name, never the whole table. */
export async function searchCompaniesAction(slug: string, query: string) {
  return runOrgAction("companies.search", slug, async (ctx) => {
    const q = z.string().trim().max(200).parse(query);
    const page = await listCompanies(ctx, { q: q || undefined, sort: "name", limit: 10 });
    return page.data.map((c) => ({ id: c.id, label: c.name, hint: c.domain ?? undefined }));
  });
}
