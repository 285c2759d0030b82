"use client";
import { updateStageSchema } from "@crm/core/modules/deals/pipeline-schemas";
import type { Stage } from "@crm/core/modules/deals/tables";
import { STAGE_KINDS } from "@crm/core/modules/records/enums";
import { zodResolver } from "@hookform/resolvers/zod";
import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import {
  DialogForm,
  EditIconButton,
  FieldGrid,
  FormDialog,
  useFormDialog,
} from "@/features/forms/form-dialog";
import { SelectField, TextField } from "@/features/forms/form-fields";
import { useServerErrors } from "@/features/forms/use-server-errors";
import { addStageAction, updateStageAction } from "./pipeline-settings-actions";

const stageFormSchema = updateStageSchema.required();
type Values = z.input<typeof stageFormSchema>;
const FIELDS = ["name", "probability", "kind"] as const;
// What the number input stores: NaN while empty, which the schema refuses at the field.
const toNumber = (text: string) => (text.trim() === "" ? Number.NaN : Number(text));

type Props = { slug: string; pipelineId: string; stage?: Stage };

/** Adds a stage to a pipeline or edits one: name, default win probability, kind. */
export function StageFormDialog(props: Props) {
  const t = useTranslations("pipelineSettings");
  const { stage } = props;
  return (
    <FormDialog
      trigger={
        stage ? (
          <EditIconButton label={t("editStage", { name: stage.name })} />
        ) : (
          <Button variant="outline" size="sm">
            <Plus aria-hidden="true" />
            {t("addStage")}
          </Button>
        )
      }
    >
      <StageForm {...props} />
    </FormDialog>
  );
}

function StageForm({ slug, pipelineId, stage }: Props) {
  const t = useTranslations("pipelineSettings");
  const tc = useTranslations("common");
  const router = useRouter();
  const dialog = useFormDialog();
  const showServerErrors = useServerErrors();
  const form = useForm<Values>({
    resolver: zodResolver(stageFormSchema),
    defaultValues: stage
      ? { name: stage.name, probability: stage.probability, kind: stage.kind }
      : { name: "", probability: 10, kind: "open" },
  });
  const { control } = form;

  const onSubmit = form.handleSubmit(async (values) => {
    const result = stage
      ? await updateStageAction(slug, pipelineId, stage.id, values)
      : await addStageAction(slug, pipelineId, values);
    if (!result.ok) return showServerErrors(form.setError, result, FIELDS);
    toast.success(stage ? tc("saved") : t("stageAdded"));
    dialog?.close();
    router.refresh();
  });

  return (
    <DialogForm
      formState={form.formState}
      onSubmit={onSubmit}
      title={stage ? t("editStageTitle") : t("addStage")}
      description={t("stageText")}
      submitLabel={stage ? tc("save") : t("addStage")}
    >
      <TextField
        control={control}
        name="name"
        label={t("stageName")}
        autoFocus
        autoComplete="off"
        maxLength={100}
        required
      />
      <FieldGrid>
        <SelectField
          control={control}
          name="kind"
          label={t("kind")}
          options={STAGE_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
          onValueChange={(kind) => {
            // Closed stages almost always mean 0 % or 100 %.
            if (kind === "won") form.setValue("probability", 100);
            if (kind === "lost") form.setValue("probability", 0);
          }}
        />
        <TextField
          control={control}
          name="probability"
          label={t("probability")}
          hint={t("probabilityHint")}
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          step={1}
          parse={toNumber}
        />
      </FieldGrid>
    </DialogForm>
  );
}
