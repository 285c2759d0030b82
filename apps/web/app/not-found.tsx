import { FileQuestion } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <main className="flex min-h-dvh items-center justify-center p-6">
      <EmptyState
        icon={FileQuestion}
        title={t("notFoundTitle")}
        description={t("notFoundDescription")}
        action={
          <Link href="/" className={buttonVariants()}>
            {t("goHome")}
          </Link>
        }
      />
    </main>
  );
}
