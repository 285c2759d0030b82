"use client";
import type { Stage } from "@crm/core/modules/deals/tables";
import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { FormField } from "@/components/ui/form-field";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { useActionError } from "@/features/records/use-action-error";
import { deleteStageAction } from "./pipeline-settings-actions";

type Props = { slug: string; pipelineId: string; stage: Stage; others: Stage[] };

/** Deletes a stage after asking which stage its deals (if any) move to. */
export function DeleteStageDialog({ slug, pipelineId, stage, others }: Props) {
  const t = useTranslations("pipelineSettings");
  const tc = useTranslations("common");
  const router = useRouter();
  const actionError = useActionError();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The nearest open stage is the usual place for the deals to go.
  const fallback = others.find((s) => s.kind === stage.kind) ?? others[0];
  const [target, setTarget] = useState(fallback?.id ?? "");
  const id = `move-deals-${stage.id}`;

  async function confirm() {
    setPending(true);
    setError(null);
    const result = await deleteStageAction(slug, pipelineId, stage.id, {
      moveDealsToStageId: target || undefined,
    });
    setPending(false);
    if (!result.ok) {
      setError(
        result.fieldErrors?.moveDealsToStageId?.[0] ??
          result.fieldErrors?.stageId?.[0] ??
          actionError(result),
      );
      return;
    }
    setOpen(false);
    toast.success(
      result.data.movedDeals > 0
        ? t("stageDeletedMoved", { count: result.data.movedDeals })
        : t("stageDeleted"),
    );
    router.refresh();
  }

  return (
    <AlertDialog
      open={open}
      onOpenChange={(next) => {
        if (pending) return;
        setOpen(next);
        setError(null);
      }}
    >
      <AlertDialogTrigger asChild>
        <Button variant="ghost" size="icon" aria-label={t("deleteStage", { name: stage.name })}>
          <Trash2 aria-hidden="true" />
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{t("deleteStageTitle", { name: stage.name })}</AlertDialogTitle>
          <AlertDialogDescription>{t("deleteStageText")}</AlertDialogDescription>
        </AlertDialogHeader>
        {others.length > 0 ? (
          <FormField id={id} label={t("moveDealsTo")}>
            <Select value={target} onValueChange={setTarget}>
              <SelectTrigger id={id}>
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                {others.map((s) => (
                  <SelectItem key={s.id} value={s.id}>
                    {s.name} ({t(`kinds.${s.kind}`)})
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          </FormField>
        ) : null}
        <FormError message={error} />
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>{tc("cancel")}</AlertDialogCancel>
          <Button variant="destructive" onClick={confirm} loading={pending}>
            {t("deleteStageConfirm")}
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
