"use client";
import { AlertTriangle } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <main className="flex min-h-[60dvh] items-center justify-center p-6">
      <EmptyState
        icon={AlertTriangle}
        title={t("unexpectedTitle")}
        description={t("unexpectedDescription")}
        action={<Button onClick={reset}>{t("retry")}</Button>}
      />
    </main>
  );
}
