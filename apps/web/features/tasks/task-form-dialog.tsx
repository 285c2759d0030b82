"use client";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { FormDialog, lazyForm, recordTrigger } from "@/features/forms/form-dialog";
import type { TaskFormProps } from "./task-form";

export type { EditableTask } from "./task-form";

const { Form: TaskForm, preload } = lazyForm<TaskFormProps>(() =>
  import("./task-form").then((m) => m.TaskForm),
);

/** New task, or edit one (`task` given). */
export function TaskFormDialog({ trigger, ...props }: TaskFormProps & { trigger?: ReactNode }) {
  const t = useTranslations("tasks");
  return (
    <FormDialog trigger={recordTrigger(trigger, Boolean(props.task), t("new"))} preload={preload} wide>
      <TaskForm {...props} />
    </FormDialog>
  );
}
