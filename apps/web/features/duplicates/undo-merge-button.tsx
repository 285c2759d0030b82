"use client";
import { Undo2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { useActionError } from "@/features/records/use-action-error";
import { ConfirmDialog } from "@/features/settings/confirm-dialog";
import { undoMergeAction } from "./duplicate-actions";

/** Undo a merge after confirming: on the survivor's page and on the merge's audit log entry. */
export function UndoMergeButton({ slug, mergeId }: { slug: string; mergeId: string }) {
  const t = useTranslations("duplicates.notice");
  const router = useRouter();
  const actionError = useActionError();
  return (
    <ConfirmDialog
      trigger={
        <Button variant="outline" size="sm" data-testid="undo-merge">
          <Undo2 aria-hidden="true" />
          {t("undo")}
        </Button>
      }
      title={t("confirmTitle")}
      description={t("confirmText")}
      confirmLabel={t("undo")}
      onConfirm={async () => {
        const result = await undoMergeAction(slug, mergeId);
        if (!result.ok) {
          toast.error(actionError(result));
          return true;
        }
        toast.success(t("done"));
        router.refresh();
        return true;
      }}
    />
  );
}
