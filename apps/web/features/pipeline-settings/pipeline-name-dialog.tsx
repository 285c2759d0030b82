"use client";
import { createPipelineSchema } from "@crm/core/modules/deals/pipeline-schemas";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import {
  DialogForm,
  EditIconButton,
  FormDialog,
  NewButton,
  useFormDialog,
} from "@/features/forms/form-dialog";
import { TextField } from "@/features/forms/form-fields";
import { useServerErrors } from "@/features/forms/use-server-errors";
import { createPipelineAction, updatePipelineAction } from "./pipeline-settings-actions";

const nameSchema = createPipelineSchema.pick({ name: true });
type Values = z.input<typeof nameSchema>;

type Props = { slug: string; pipeline?: { id: string; name: string } };

/** Creates a pipeline (with the default stages) or renames one. */
export function PipelineNameDialog(props: Props) {
  const t = useTranslations("pipelineSettings");
  const { pipeline } = props;
  return (
    <FormDialog
      trigger={
        pipeline ? (
          <EditIconButton label={t("renamePipeline", { name: pipeline.name })} />
        ) : (
          <NewButton label={t("newPipeline")} />
        )
      }
    >
      <PipelineNameForm {...props} />
    </FormDialog>
  );
}

function PipelineNameForm({ slug, pipeline }: Props) {
  const t = useTranslations("pipelineSettings");
  const tc = useTranslations("common");
  const router = useRouter();
  const dialog = useFormDialog();
  const showServerErrors = useServerErrors();
  const form = useForm<Values>({
    resolver: zodResolver(nameSchema),
    defaultValues: { name: pipeline?.name ?? "" },
  });

  const onSubmit = form.handleSubmit(async (values) => {
    const result = pipeline
      ? await updatePipelineAction(slug, pipeline.id, values)
      : await createPipelineAction(slug, values);
    if (!result.ok) return showServerErrors(form.setError, result, ["name"]);
    toast.success(pipeline ? tc("saved") : t("created"));
    dialog?.close();
    router.refresh();
  });

  return (
    <DialogForm
      formState={form.formState}
      onSubmit={onSubmit}
      title={pipeline ? t("renameTitle") : t("newPipeline")}
      description={pipeline ? t("renameText") : t("newPipelineText")}
      submitLabel={pipeline ? tc("save") : t("create")}
    >
      <TextField
        control={form.control}
        name="name"
        label={t("pipelineName")}
        autoFocus
        autoComplete="off"
        maxLength={100}
        required
      />
    </DialogForm>
  );
}
