"use client";
import { Download } from "lucide-react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { useActionError } from "@/features/records/use-action-error";
import { importEcbRatesAction } from "./exchange-rate-actions";

/** Fetches the ECB's daily rates; without internet access the reason shows in a toast. */
export function ImportEcbButton({ slug }: { slug: string }) {
  const t = useTranslations("exchangeRates");
  const format = useFormatter();
  const router = useRouter();
  const actionError = useActionError();
  const [pending, setPending] = useState(false);

  async function run() {
    setPending(true);
    const result = await importEcbRatesAction(slug);
    setPending(false);
    if (!result.ok) {
      toast.error(actionError(result));
      return;
    }
    const date = format.dateTime(new Date(`${result.data.date}T00:00:00Z`), {
      dateStyle: "medium",
      timeZone: "UTC",
    });
    toast.success(t("imported", { count: result.data.imported, date }));
    router.refresh();
  }

  return (
    <Button variant="outline" onClick={run} disabled={pending} title={t("importEcbHint")}>
      <Download aria-hidden="true" />
      {t("importEcb")}
    </Button>
  );
}
