import "server-only";
import { contactName } from "@crm/core/modules/contacts/contact-name";
import { listContacts } from "@crm/core/modules/contacts/list-contacts";
import type { Ctx } from "@crm/core/platform/context";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { LeadStatusBadge } from "./lead-status-badge";

const LIMIT = 10;

/** The people at a company. */
export async function RelatedContacts({
  ctx,
  slug,
  companyId,
}: {
  ctx: Ctx;
  slug: string;
  companyId: string;
}) {
  const t = await getTranslations("contacts");
  const page = await listContacts(ctx, { limit: LIMIT, sort: "firstName" }, { companyId });
  return (
    <Card className="gap-2 py-4">
      <CardHeader className="flex-row items-center justify-between px-4">
        <CardTitle as="h2" className="text-base">
          {t("title")}
        </CardTitle>
        {page.nextCursor ? (
          <Link
            href={`/o/${slug}/contacts?companyId=${companyId}`}
            className="text-primary text-sm hover:underline"
          >
            {t("viewAll")}
          </Link>
        ) : null}
      </CardHeader>
      <CardContent className="px-4">
        {page.data.length === 0 ? (
          <p className="py-2 text-muted-foreground text-sm">{t("noneAtCompany")}</p>
        ) : (
          <ul className="divide-y">
            {page.data.map((contact) => (
              <li key={contact.id} className="flex items-center gap-3 py-2.5">
                <div className="min-w-0 flex-1">
                  <Link
                    href={`/o/${slug}/contacts/${contact.id}`}
                    className="block truncate rounded-sm font-medium text-sm outline-none hover:underline focus-visible:ring-2 focus-visible:ring-ring"
                  >
                    {contactName(contact)}
                  </Link>
                  {contact.title || contact.email ? (
                    <p className="truncate text-muted-foreground text-xs">{contact.title ?? contact.email}</p>
                  ) : null}
                </div>
                <LeadStatusBadge status={contact.leadStatus} />
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
