"use client";
import { createPipelineSchema } from "@crm/core/modules/deals/pipeline-schemas";
import { zodResolver } from "@hookform/resolvers/zod";
import { Pencil, Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
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
import { useActionError } from "@/features/records/use-action-error";
import { applyServerErrors } from "@/features/shell/use-server-errors";
import { createPipelineAction, updatePipelineAction } from "./pipeline-settings-actions";

const nameSchema = createPipelineSchema.pick({ name: true });
type Values = z.input<typeof nameSchema>;

type Props = { slug: string; pipeline?: { id: string; name: string } };

/** Creates a pipeline (with the default stages) or renames one. */
export function PipelineNameDialog({ slug, pipeline }: Props) {
  const t = useTranslations("pipelineSettings");
  const tc = useTranslations("common");
  const router = useRouter();
  const actionError = useActionError();
  const [open, setOpen] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    resolver: zodResolver(nameSchema),
    defaultValues: { name: pipeline?.name ?? "" },
  });
  const { errors, isSubmitting } = form.formState;
  const id = pipeline ? `pipeline-name-${pipeline.id}` : "pipeline-name-new";

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = pipeline
      ? await updatePipelineAction(slug, pipeline.id, values)
      : await createPipelineAction(slug, values);
    if (!result.ok) {
      setFormError(applyServerErrors({ ...result, error: actionError(result) }, form.setError, ["name"]));
      return;
    }
    toast.success(pipeline ? tc("saved") : t("created"));
    setOpen(false);
    if (!pipeline) form.reset({ name: "" });
    router.refresh();
  });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (isSubmitting) return;
        setOpen(next);
        if (next) form.reset({ name: pipeline?.name ?? "" });
      }}
    >
      <DialogTrigger asChild>
        {pipeline ? (
          <Button variant="ghost" size="icon" aria-label={t("renamePipeline", { name: pipeline.name })}>
            <Pencil aria-hidden="true" />
          </Button>
        ) : (
          <Button>
            <Plus aria-hidden="true" />
            {t("newPipeline")}
          </Button>
        )}
      </DialogTrigger>
      <DialogContent closeLabel={tc("close")}>
        <form onSubmit={onSubmit} noValidate className="grid gap-4">
          <DialogHeader>
            <DialogTitle>{pipeline ? t("renameTitle") : t("newPipeline")}</DialogTitle>
            <DialogDescription>{pipeline ? t("renameText") : t("newPipelineText")}</DialogDescription>
          </DialogHeader>
          <FormField id={id} label={t("pipelineName")} error={errors.name?.message} required>
            <Input
              id={id}
              autoFocus
              autoComplete="off"
              maxLength={100}
              required
              {...form.register("name")}
              {...fieldErrorProps(id, errors.name?.message)}
            />
          </FormField>
          <FormError message={formError} />
          <DialogFooter>
            <DialogClose asChild>
              <Button type="button" variant="outline" disabled={isSubmitting}>
                {tc("cancel")}
              </Button>
            </DialogClose>
            <Button type="submit" loading={isSubmitting}>
              {pipeline ? tc("save") : t("create")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
