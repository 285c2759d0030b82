"use client";
import { type TimelineAnchor, updateActivitySchema } from "@crm/core/modules/activities/schemas";
import { CALL_OUTCOMES, DIRECTIONS, TASK_PRIORITIES } from "@crm/core/modules/records/enums";
import { createTaskSchema } from "@crm/core/modules/tasks/schemas";
import { zodResolver } from "@hookform/resolvers/zod";
import { SquareCheckBig } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { FormField, fieldErrorProps } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { enumLabel } from "@/features/labels/enum-labels";
import { useActionError } from "@/features/records/use-action-error";
import { createTaskAction } from "@/features/tasks/task-actions";
import { cn } from "@/lib/cn";
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
const emptyToNull = (v: unknown) => (v === "" || v === undefined ? null : Number(v));

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
  const tc = useTranslations("common");
  const te = useTranslations("enums");
  const router = useRouter();
  const actionError = useActionError();
  const [formError, setFormError] = useState<string | null>(null);
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
  const { errors, isSubmitting } = form.formState;
  const id = (name: string) => `quick-${kind}-${name}`;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
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
    if (!result.ok) {
      const first = Object.entries(result.fieldErrors ?? {})[0];
      if (
        first &&
        ["subject", "durationMinutes", "direction", "callOutcome", "occurredAt"].includes(first[0])
      ) {
        form.setError(first[0] as keyof ActivityFormInput, { type: "server", message: first[1][0] });
      } else setFormError(actionError(result));
      return;
    }
    toast.success(t(`logged.${kind}`));
    onDone();
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3">
      {kind !== "note" ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <FormField id={id("subject")} label={t("subject")} error={errors.subject?.message}>
            <Input
              id={id("subject")}
              {...form.register("subject")}
              placeholder={t(`subjectPlaceholder.${kind}`)}
              autoFocus
              {...fieldErrorProps(id("subject"), errors.subject?.message)}
            />
          </FormField>
          <FormField id={id("occurredAt")} label={t("when")} error={errors.occurredAt?.message}>
            <Input
              id={id("occurredAt")}
              type="datetime-local"
              {...form.register("occurredAt")}
              {...fieldErrorProps(id("occurredAt"), errors.occurredAt?.message)}
            />
          </FormField>
          {kind === "call" ? (
            <FormField id={id("direction")} label={t("direction")} error={errors.direction?.message}>
              <Controller
                control={form.control}
                name="direction"
                render={({ field }) => (
                  <Select value={field.value ?? undefined} onValueChange={field.onChange}>
                    <SelectTrigger id={id("direction")}>
                      <SelectValue />
                    </SelectTrigger>
                    <SelectContent>
                      {DIRECTIONS.map((d) => (
                        <SelectItem key={d} value={d}>
                          {t(`directions.${d}`)}
                        </SelectItem>
                      ))}
                    </SelectContent>
                  </Select>
                )}
              />
            </FormField>
          ) : null}
          {kind === "call" ? (
            <FormField id={id("outcome")} label={t("outcome")} error={errors.callOutcome?.message}>
              <Controller
                control={form.control}
                name="callOutcome"
                render={({ field }) => (
                  <Select value={field.value ?? ""} onValueChange={field.onChange}>
                    <SelectTrigger
                      id={id("outcome")}
                      {...fieldErrorProps(id("outcome"), errors.callOutcome?.message)}
                    >
                      <SelectValue placeholder={t("outcomePlaceholder")} />
                    </SelectTrigger>
                    <SelectContent>
                      {CALL_OUTCOMES.map((outcome) => (
                        <SelectItem key={outcome} value={outcome}>
                          {enumLabel(te, "callOutcome", outcome)}
                        </SelectItem>
                      ))}
                    </SelectContent>
                  </Select>
                )}
              />
            </FormField>
          ) : null}
          <FormField id={id("duration")} label={t("duration")} error={errors.durationMinutes?.message}>
            <Input
              id={id("duration")}
              type="number"
              inputMode="numeric"
              min={0}
              {...form.register("durationMinutes", { setValueAs: emptyToNull })}
              {...fieldErrorProps(id("duration"), errors.durationMinutes?.message)}
            />
          </FormField>
        </div>
      ) : null}
      <FormField
        id={id("text")}
        label={kind === "note" ? t("note") : t("notes")}
        error={errors.text?.message}
      >
        <Textarea
          id={id("text")}
          {...form.register("text")}
          rows={3}
          autoFocus={kind === "note"}
          placeholder={kind === "note" ? t("notePlaceholder") : undefined}
          {...fieldErrorProps(id("text"), errors.text?.message)}
        />
      </FormField>
      <FormError message={formError} />
      <div className="flex justify-end gap-2">
        <Button type="button" variant="ghost" onClick={onDone}>
          {tc("cancel")}
        </Button>
        <Button type="submit" loading={isSubmitting}>
          {t(`save.${kind}`)}
        </Button>
      </div>
    </form>
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
  const tc = useTranslations("common");
  const router = useRouter();
  const actionError = useActionError();
  const [formError, setFormError] = useState<string | null>(null);
  const tomorrow = new Date();
  tomorrow.setDate(tomorrow.getDate() + 1);
  tomorrow.setHours(9, 0, 0, 0);
  const form = useForm<TaskFormInput>({
    resolver: zodResolver(taskForm),
    defaultValues: { title: "", due: toLocalInput(tomorrow), priority: "normal" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await createTaskAction(slug, {
      ...anchor,
      title: values.title,
      priority: values.priority,
      dueAt: fromLocalInput(values.due),
    });
    if (!result.ok) {
      const titleError = result.fieldErrors?.title?.[0];
      if (titleError) form.setError("title", { type: "server", message: titleError });
      else setFormError(actionError(result));
      return;
    }
    toast.success(tt("created"));
    onDone();
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3">
      <FormField id="quick-task-title" label={tt("fields.title")} error={errors.title?.message} required>
        <Input
          id="quick-task-title"
          {...form.register("title")}
          autoFocus
          required
          {...fieldErrorProps("quick-task-title", errors.title?.message)}
        />
      </FormField>
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField id="quick-task-due" label={tt("fields.dueAt")} error={errors.due?.message}>
          <Input id="quick-task-due" type="datetime-local" {...form.register("due")} />
        </FormField>
        <FormField id="quick-task-priority" label={tt("fields.priority")}>
          <Controller
            control={form.control}
            name="priority"
            render={({ field }) => (
              <Select value={field.value} onValueChange={field.onChange}>
                <SelectTrigger id="quick-task-priority">
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  {TASK_PRIORITIES.map((p) => (
                    <SelectItem key={p} value={p}>
                      {tt(`priority.${p}`)}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            )}
          />
        </FormField>
      </div>
      <FormError message={formError} />
      <div className={cn("flex justify-end gap-2")}>
        <Button type="button" variant="ghost" onClick={onDone}>
          {tc("cancel")}
        </Button>
        <Button type="submit" loading={isSubmitting}>
          {t("save.task")}
        </Button>
      </div>
    </form>
  );
}
