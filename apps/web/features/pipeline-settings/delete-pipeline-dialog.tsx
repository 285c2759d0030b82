"use client";
import type { PipelineWithStages } from "@crm/core/modules/deals/list-pipelines";
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
import {
  Select,
  SelectContent,
  SelectGroup,
  SelectItem,
  SelectLabel,
  SelectTrigger,
  SelectValue,
} from "@/components/ui/select";
import { useActionError } from "@/features/records/use-action-error";
import { deletePipelineAction } from "./pipeline-settings-actions";

type Props = { slug: string; pipeline: { id: string; name: string }; others: PipelineWithStages[] };

/** Deletes a pipeline after asking which stage of another pipeline its deals move to. */
export function DeletePipelineDialog({ slug, pipeline, others }: Props) {
  const t = useTranslations("pipelineSettings");
  const tc = useTranslations("common");
  const router = useRouter();
  const actionError = useActionError();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const firstOpen = others[0]?.stages.find((s) => s.kind === "open") ?? others[0]?.stages[0];
  const [target, setTarget] = useState(firstOpen?.id ?? "");
  const id = `move-pipeline-deals-${pipeline.id}`;

  async function confirm() {
    setPending(true);
    setError(null);
    const result = await deletePipelineAction(slug, pipeline.id, { moveDealsToStageId: target || undefined });
    setPending(false);
    if (!result.ok) {
      setError(result.fieldErrors?.moveDealsToStageId?.[0] ?? actionError(result));
      return;
    }
    setOpen(false);
    toast.success(
      result.data.movedDeals > 0
        ? t("pipelineDeletedMoved", { count: result.data.movedDeals })
        : t("pipelineDeleted"),
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
        <Button
          variant="ghost"
          size="icon"
          disabled={others.length === 0}
          title={others.length === 0 ? t("lastPipeline") : undefined}
          aria-label={t("deletePipeline", { name: pipeline.name })}
        >
          <Trash2 aria-hidden="true" />
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{t("deletePipelineTitle", { name: pipeline.name })}</AlertDialogTitle>
          <AlertDialogDescription>{t("deletePipelineText")}</AlertDialogDescription>
        </AlertDialogHeader>
        <FormField id={id} label={t("moveDealsTo")}>
          <Select value={target} onValueChange={setTarget}>
            <SelectTrigger id={id}>
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              {others.map((p) => (
                <SelectGroup key={p.id}>
                  <SelectLabel>{p.name}</SelectLabel>
                  {p.stages.map((s) => (
                    <SelectItem key={s.id} value={s.id}>
                      {p.name} › {s.name}
                    </SelectItem>
                  ))}
                </SelectGroup>
              ))}
            </SelectContent>
          </Select>
        </FormField>
        <FormError message={error} />
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>{tc("cancel")}</AlertDialogCancel>
          <Button variant="destructive" onClick={confirm} loading={pending}>
            {t("deletePipelineConfirm")}
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
