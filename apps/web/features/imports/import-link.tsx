import { Upload } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";

type Props = { slug: string; object: "companies" | "contacts" | "leads" | "deals" };

/** "Import" on a list page: the import screen with this list's record type chosen. */
export async function ImportLink({ slug, object }: Props) {
  const t = await getTranslations("imports");
  return (
    <Link
      href={`/o/${slug}/import?object=${object}`}
      className={buttonVariants({ variant: "outline" })}
      data-testid="import-link"
    >
      <Upload aria-hidden="true" />
      {t("importButton")}
    </Link>
  );
}
