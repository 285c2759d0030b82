"use server";
import { contactName } from "@crm/core/modules/contacts/contact-name";
import { listContacts } from "@crm/core/modules/contacts/list-contacts";
import { z } from "zod";
import { runOrgAction } from "@/lib/actions";

/** Contacts for a picker: the first matches by name or email, never the whole table. */
export async function searchContactsAction(slug: string, query: string) {
  return runOrgAction("contacts.search", slug, async (ctx) => {
    const q = z.string().trim().max(200).parse(query);
    const page = await listContacts(ctx, { q: q || undefined, sort: "firstName", limit: 10 });
    return page.data.map((c) => ({ id: c.id, label: contactName(c), hint: c.email ?? undefined }));
  });
}
