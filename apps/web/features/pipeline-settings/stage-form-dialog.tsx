"use client";
import { updateStageSchema } from "@crm/core/modules/deals/pipeline-schemas";
import type { Stage } from "@crm/core/modules/deals/tables";
import { STAGE_KINDS } from "@crm/core/modules/records/enums";
import { zodResolver } from "@hookform/resolvers/zod";
import { Pencil, Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { FormField, fieldErrorProps } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { useActionError } from "@/features/records/use-action-error";
import { applyServerErrors } from "@/features/shell/use-server-errors";
import { addStageAction, updateStageAction } from "./pipeline-settings-actions";

const stageFormSchema = updateStageSchema.required();
type Values = z.input<typeof stageFormSchema>;
const FIELDS = ["name", "probability", "kind"] as const;

type Props = { slug: string; pipelineId: string; stage?: Stage };

/** Adds a stage to a pipeline or edits one: name, default win probability, kind. */
export function StageFormDialog({ slug, pipelineId, stage }: Props) {
  const t = useTranslations("pipelineSettings");
  const tc = useTranslations("common");
  const router = useRouter();
  const actionError = useActionError();
  const [open, setOpen] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const defaults: Values = stage
    ? { name: stage.name, probability: stage.probability, kind: stage.kind }
    : { name: "", probability: 10, kind: "open" };
  const form = useForm<Values>({ resolver: zodResolver(stageFormSchema), defaultValues: defaults });
  const { errors, isSubmitting } = form.formState;
  const prefix = `stage-${stage?.id ?? `new-${pipelineId}`}`;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = stage
      ? await updateStageAction(slug, pipelineId, stage.id, values)
      : await addStageAction(slug, pipelineId, values);
    if (!result.ok) {
      setFormError(applyServerErrors({ ...result, error: actionError(result) }, form.setError, FIELDS));
      return;
    }
    toast.success(stage ? tc("saved") : t("stageAdded"));
    setOpen(false);
    router.refresh();
  });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (isSubmitting) return;
        setOpen(next);
        if (next) {
          form.reset(defaults);
          setFormError(null);
        }
      }}
    >
      <DialogTrigger asChild>
        {stage ? (
          <Button variant="ghost" size="icon" aria-label={t("editStage", { name: stage.name })}>
            <Pencil aria-hidden="true" />
          </Button>
        ) : (
          <Button variant="outline" size="sm">
            <Plus aria-hidden="true" />
            {t("addStage")}
          </Button>
        )}
      </DialogTrigger>
      <DialogContent closeLabel={tc("close")}>
        <form onSubmit={onSubmit} noValidate className="grid gap-4">
          <DialogHeader>
            <DialogTitle>{stage ? t("editStageTitle") : t("addStage")}</DialogTitle>
            <DialogDescription>{t("stageText")}</DialogDescription>
          </DialogHeader>
          <FormField id={`${prefix}-name`} label={t("stageName")} error={errors.name?.message} required>
            <Input
              id={`${prefix}-name`}
              autoFocus
              autoComplete="off"
              maxLength={100}
              required
              {...form.register("name")}
              {...fieldErrorProps(`${prefix}-name`, errors.name?.message)}
            />
          </FormField>
          <div className="grid gap-4 sm:grid-cols-2">
            <FormField id={`${prefix}-kind`} label={t("kind")} error={errors.kind?.message}>
              <Controller
                control={form.control}
                name="kind"
                render={({ field }) => (
                  <Select
                    value={field.value}
                    onValueChange={(kind) => {
                      field.onChange(kind);
                      // Closed stages almost always mean 0 % or 100 %.
                      if (kind === "won") form.setValue("probability", 100);
                      if (kind === "lost") form.setValue("probability", 0);
                    }}
                  >
                    <SelectTrigger
                      id={`${prefix}-kind`}
                      {...fieldErrorProps(`${prefix}-kind`, errors.kind?.message)}
                    >
                      <SelectValue />
                    </SelectTrigger>
                    <SelectContent>
                      {STAGE_KINDS.map((kind) => (
                        <SelectItem key={kind} value={kind}>
                          {t(`kinds.${kind}`)}
                        </SelectItem>
                      ))}
                    </SelectContent>
                  </Select>
                )}
              />
            </FormField>
            <FormField
              id={`${prefix}-probability`}
              label={t("probability")}
              error={errors.probability?.message}
              hint={t("probabilityHint")}
            >
              <Input
                id={`${prefix}-probability`}
                type="number"
                inputMode="numeric"
                min={0}
                max={100}
                step={1}
                {...form.register("probability", { valueAsNumber: true })}
                {...fieldErrorProps(
                  `${prefix}-probability`,
                  errors.probability?.message,
                  t("probabilityHint"),
                )}
              />
            </FormField>
          </div>
          <FormError message={formError} />
          <DialogFooter>
            <DialogClose asChild>
              <Button type="button" variant="outline" disabled={isSubmitting}>
                {tc("cancel")}
              </Button>
            </DialogClose>
            <Button type="submit" loading={isSubmitting}>
              {stage ? tc("save") : t("addStage")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
