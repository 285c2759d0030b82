import { IdCard } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";

/** Downloads a contact as a vCard for an address book. */
export async function VCardButton({
  slug,
  contactId,
  name,
}: {
  slug: string;
  contactId: string;
  name: string;
}) {
  const t = await getTranslations("exports");
  return (
    <a
      href={`/api/v1/contacts/${contactId}/vcard?org=${encodeURIComponent(slug)}`}
      download
      className={buttonVariants({ variant: "outline" })}
      aria-label={t("vcardLabel", { name })}
      title={t("vcardLabel", { name })}
      data-testid="contact-vcard"
    >
      <IdCard aria-hidden="true" />
      {t("vcard")}
    </a>
  );
}
