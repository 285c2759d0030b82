"use client";
import { type TimelineAnchor, updateActivitySchema } from "@crm/core/modules/activities/schemas";
import { CALL_OUTCOMES, DIRECTIONS, TASK_PRIORITIES } from "@crm/core/modules/records/enums";
import { createTaskSchema } from "@crm/core/modules/tasks/schemas";
import { zodResolver } from "@hookform/resolvers/zod";
import { SquareCheckBig } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type ReactNode, useState } from "react";
import { type FieldValues, type FormState, useForm } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { DateField, SelectField, TextareaField, TextField } from "@/features/forms/form-fields";
import { useServerErrors } from "@/features/forms/use-server-errors";
import { enumLabel } from "@/features/labels/enum-labels";
import { createTaskAction } from "@/features/tasks/task-actions";
import { createActivityAction } from "./activity-actions";
import { ACTIVITY_ICONS } from "./activity-icon";
import { fromLocalInput, textToHtml, toLocalInput } from "./plain-text";

type Kind = "note" | "call" | "meeting" | "task";
const KINDS: Kind[] = ["note", "call", "meeting", "task"];

/** Log a note, call or meeting, or add a task, on the record in one click. */
export function QuickAdd({ slug, anchor }: { slug: string; anchor: TimelineAnchor }) {
  const t = useTranslations("activities");
  const [kind, setKind] = useState<Kind | null>(null);
  return (
    <div className="rounded-lg border bg-card">
      <div className="flex flex-wrap gap-1 p-2" role="group" aria-label={t("quickAdd")}>
        {KINDS.map((k) => {
          const Icon = k === "task" ? SquareCheckBig : ACTIVITY_ICONS[k];
          return (
            <Button
              key={k}
              type="button"
              variant={kind === k ? "secondary" : "ghost"}
              size="sm"
              aria-expanded={kind === k}
              aria-controls="quick-add-form"
              onClick={() => setKind(kind === k ? null : k)}
            >
              <Icon aria-hidden="true" />
              {t(`add.${k}`)}
            </Button>
          );
        })}
      </div>
      {kind ? (
        <div id="quick-add-form" className="border-t p-3">
          {kind === "task" ? (
            <TaskForm key="task" slug={slug} anchor={anchor} onDone={() => setKind(null)} />
          ) : (
            <ActivityForm key={kind} kind={kind} slug={slug} anchor={anchor} onDone={() => setKind(null)} />
          )}
        </div>
      ) : null}
    </div>
  );
}

const shape = updateActivitySchema.shape;
const activityForm = z.object({
  subject: shape.subject.unwrap(),
  text: z.string().max(50_000),
  direction: shape.direction,
  callOutcome: shape.callOutcome,
  durationMinutes: shape.durationMinutes,
  occurredAt: z.string(),
});
type ActivityFormInput = z.input<typeof activityForm>;
const ACTIVITY_FIELDS = ["subject", "durationMinutes", "direction", "callOutcome", "occurredAt"] as const;
const minutesOrNull = (text: string) => (text === "" ? null : Number(text));

/** The inline form's frame: the fields, the form's alert, Cancel and the save button. */
function QuickForm<T extends FieldValues>({
  formState,
  onSubmit,
  onCancel,
  submitLabel,
  children,
}: {
  formState: FormState<T>;
  onSubmit: () => Promise<void>;
  onCancel: () => void;
  submitLabel: string;
  children: ReactNode;
}) {
  const tc = useTranslations("common");
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3">
      {children}
      <FormError message={formState.errors.root?.server?.message} />
      <div className="flex justify-end gap-2">
        <Button type="button" variant="ghost" onClick={onCancel}>
          {tc("cancel")}
        </Button>
        <Button type="submit" loading={formState.isSubmitting}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}

function ActivityForm({
  kind,
  slug,
  anchor,
  onDone,
}: {
  kind: "note" | "call" | "meeting";
  slug: string;
  anchor: TimelineAnchor;
  onDone: () => void;
}) {
  const t = useTranslations("activities");
  const te = useTranslations("enums");
  const router = useRouter();
  const showServerErrors = useServerErrors();
  const form = useForm<ActivityFormInput>({
    resolver: zodResolver(
      activityForm.refine((v) => kind !== "note" || v.text.trim() !== "", {
        path: ["text"],
        params: { i18n: "required" },
      }),
    ),
    defaultValues: {
      subject: "",
      text: "",
      direction: kind === "call" ? "outbound" : null,
      callOutcome: null,
      durationMinutes: null,
      occurredAt: toLocalInput(new Date()),
    },
  });
  const { control } = form;

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await createActivityAction(slug, {
      ...anchor,
      type: kind,
      subject: values.subject,
      body: textToHtml(values.text),
      direction: kind === "call" ? values.direction : null,
      callOutcome: kind === "call" ? values.callOutcome : null,
      durationMinutes: kind === "note" ? null : values.durationMinutes,
      occurredAt: fromLocalInput(values.occurredAt) ?? undefined,
    });
    if (!result.ok) return showServerErrors(form.setError, result, ACTIVITY_FIELDS);
    toast.success(t(`logged.${kind}`));
    onDone();
    router.refresh();
  });

  return (
    <QuickForm
      formState={form.formState}
      onSubmit={onSubmit}
      onCancel={onDone}
      submitLabel={t(`save.${kind}`)}
    >
      {kind !== "note" ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField
            control={control}
            name="subject"
            label={t("subject")}
            placeholder={t(`subjectPlaceholder.${kind}`)}
            autoFocus
          />
          <DateField control={control} name="occurredAt" label={t("when")} withTime />
          {kind === "call" ? (
            <SelectField
              control={control}
              name="direction"
              label={t("direction")}
              options={DIRECTIONS.map((d) => ({ value: d, label: t(`directions.${d}`) }))}
            />
          ) : null}
          {kind === "call" ? (
            <SelectField
              control={control}
              name="callOutcome"
              label={t("outcome")}
              placeholder={t("outcomePlaceholder")}
              options={CALL_OUTCOMES.map((o) => ({ value: o, label: enumLabel(te, "callOutcome", o) }))}
            />
          ) : null}
          <TextField
            control={control}
            name="durationMinutes"
            label={t("duration")}
            type="number"
            inputMode="numeric"
            min={0}
            parse={minutesOrNull}
          />
        </div>
      ) : null}
      <TextareaField
        control={control}
        name="text"
        label={kind === "note" ? t("note") : t("notes")}
        autoFocus={kind === "note"}
        placeholder={kind === "note" ? t("notePlaceholder") : undefined}
      />
    </QuickForm>
  );
}

const taskForm = z.object({
  title: createTaskSchema.shape.title,
  due: z.string(),
  priority: createTaskSchema.shape.priority.unwrap(),
});
type TaskFormInput = z.input<typeof taskForm>;

function TaskForm({ slug, anchor, onDone }: { slug: string; anchor: TimelineAnchor; onDone: () => void }) {
  const t = useTranslations("activities");
  const tt = useTranslations("tasks");
  const router = useRouter();
  const showServerErrors = useServerErrors();
  const tomorrow = new Date();
  tomorrow.setDate(tomorrow.getDate() + 1);
  tomorrow.setHours(9, 0, 0, 0);
  const form = useForm<TaskFormInput>({
    resolver: zodResolver(taskForm),
    defaultValues: { title: "", due: toLocalInput(tomorrow), priority: "normal" },
  });
  const { control } = form;

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await createTaskAction(slug, {
      ...anchor,
      title: values.title,
      priority: values.priority,
      dueAt: fromLocalInput(values.due),
    });
    if (!result.ok) return showServerErrors(form.setError, result, { title: "title", dueAt: "due" });
    toast.success(tt("created"));
    onDone();
    router.refresh();
  });

  return (
    <QuickForm formState={form.formState} onSubmit={onSubmit} onCancel={onDone} submitLabel={t("save.task")}>
      <TextField control={control} name="title" label={tt("fields.title")} required autoFocus />
      <div className="grid gap-3 sm:grid-cols-2">
        <DateField control={control} name="due" label={tt("fields.dueAt")} withTime />
        <SelectField
          control={control}
          name="priority"
          label={tt("fields.priority")}
          options={TASK_PRIORITIES.map((p) => ({ value: p, label: tt(`priority.${p}`) }))}
        />
      </div>
    </QuickForm>
  );
}
