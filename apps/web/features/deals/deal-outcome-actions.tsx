"use client";
import { ThumbsDown, Trophy } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { useActionError } from "@/features/records/use-action-error";
import { markDealLostAction, markDealWonAction } from "./deal-actions";
import { LostReasonDialog } from "./lost-reason-dialog";

/** "Won" and "Lost" on a deal's page; lost asks for a reason first. */
export function DealOutcomeActions({
  slug,
  deal,
}: {
  slug: string;
  deal: { id: string; title: string; outcome: "won" | "lost" | "abandoned" | null };
}) {
  const t = useTranslations("deals");
  const router = useRouter();
  const actionError = useActionError();
  const [winning, setWinning] = useState(false);
  const [lostOpen, setLostOpen] = useState(false);

  async function win() {
    setWinning(true);
    const result = await markDealWonAction(slug, deal.id);
    setWinning(false);
    if (!result.ok) {
      toast.error(actionError(result));
      return;
    }
    toast.success(t("wonToast", { title: deal.title }));
    router.refresh();
  }

  async function lose(lostReason: string | null): Promise<boolean | string> {
    const result = await markDealLostAction(slug, deal.id, { lostReason });
    if (!result.ok) {
      const fieldError = result.fieldErrors?.lostReason?.[0];
      if (fieldError) return fieldError;
      toast.error(actionError(result));
      return false;
    }
    toast.success(t("lostToast", { title: deal.title }));
    router.refresh();
    return true;
  }

  return (
    <>
      {deal.outcome !== "won" ? (
        <Button variant="outline" onClick={win} loading={winning}>
          <Trophy aria-hidden="true" />
          {t("markWon")}
        </Button>
      ) : null}
      {deal.outcome !== "lost" ? (
        <Button variant="outline" onClick={() => setLostOpen(true)}>
          <ThumbsDown aria-hidden="true" />
          {t("markLost")}
        </Button>
      ) : null}
      <LostReasonDialog open={lostOpen} onOpenChange={setLostOpen} dealTitle={deal.title} onConfirm={lose} />
    </>
  );
}
