"use client";
import { TASK_PRIORITIES, TASK_STATUSES } from "@crm/core/modules/records/enums";
import { createTaskSchema } from "@crm/core/modules/tasks/schemas";
import { zodResolver } from "@hookform/resolvers/zod";
import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type ReactNode, useState } from "react";
import { Controller, type Path, useForm } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";
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
import { Textarea } from "@/components/ui/textarea";
import { fromLocalInput, toLocalInput } from "@/features/activities/plain-text";
import { useCompanySearch } from "@/features/companies/use-company-search";
import { useContactSearch } from "@/features/contacts/use-contact-search";
import { CustomFieldInputs } from "@/features/custom-fields/custom-field-inputs";
import { useCustomFieldForm } from "@/features/custom-fields/use-custom-field-form";
import { useDealSearch } from "@/features/deals/use-deal-search";
import type { MemberOption } from "@/features/records/member-option";
import { type PickerOption, RecordPicker } from "@/features/records/record-picker";
import { setFieldErrors } from "@/features/records/set-field-errors";
import { useActionError } from "@/features/records/use-action-error";
import { createTaskAction, updateTaskAction } from "./task-actions";

const shape = createTaskSchema.shape;
const formSchema = z.object({
  title: shape.title,
  notes: shape.notes.unwrap(),
  due: z.string(),
  priority: shape.priority.unwrap(),
  status: shape.status.unwrap(),
  ownerId: z.string(),
  contactId: z.uuid().nullable(),
  companyId: z.uuid().nullable(),
  dealId: z.uuid().nullable(),
});
type FormValues = z.input<typeof formSchema>;

const FIELD_OF: Record<string, Path<FormValues>> = {
  title: "title",
  notes: "notes",
  dueAt: "due",
  priority: "priority",
  status: "status",
  ownerId: "ownerId",
  contactId: "contactId",
  companyId: "companyId",
  dealId: "dealId",
};

export type EditableTask = {
  id: string;
  title: string;
  notes: string;
  dueAt: Date | null;
  priority: FormValues["priority"];
  status: FormValues["status"];
  ownerId: string | null;
  contact: PickerOption | null;
  company: PickerOption | null;
  deal: PickerOption | null;
};

type Props = {
  slug: string;
  members: MemberOption[];
  currentUserId: string;
  /** Admins and managers assign tasks to anyone; others only to themselves. */
  canAssign: boolean;
  task?: EditableTask;
  trigger?: ReactNode;
};

export function TaskFormDialog(props: Props) {
  const t = useTranslations("tasks");
  const tc = useTranslations("common");
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        {props.trigger ?? (
          <Button>
            <Plus aria-hidden="true" />
            {t("new")}
          </Button>
        )}
      </DialogTrigger>
      <DialogContent closeLabel={tc("close")} className="sm:max-w-xl">
        {open ? <TaskForm {...props} onDone={() => setOpen(false)} /> : null}
      </DialogContent>
    </Dialog>
  );
}

function TaskForm({ slug, members, currentUserId, canAssign, task, onDone }: Props & { onDone: () => void }) {
  const t = useTranslations("tasks");
  const tc = useTranslations("common");
  const router = useRouter();
  const actionError = useActionError();
  const searchContacts = useContactSearch(slug);
  const searchCompanies = useCompanySearch(slug);
  const searchDeals = useDealSearch(slug);
  const [links, setLinks] = useState({
    contact: task?.contact ?? null,
    company: task?.company ?? null,
    deal: task?.deal ?? null,
  });
  const [formError, setFormError] = useState<string | null>(null);
  const custom = useCustomFieldForm(slug, "tasks", { enabled: !task });
  const form = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: {
      title: task?.title ?? "",
      notes: task?.notes ?? "",
      due: task?.dueAt ? toLocalInput(new Date(task.dueAt)) : "",
      priority: task?.priority ?? "normal",
      status: task?.status ?? "open",
      ownerId: task ? (task.ownerId ?? "") : currentUserId,
      contactId: task?.contact?.id ?? null,
      companyId: task?.company?.id ?? null,
      dealId: task?.deal?.id ?? null,
    },
  });
  const { errors, isSubmitting } = form.formState;
  const assignable = canAssign ? members : members.filter((m) => m.userId === currentUserId);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const input = {
      title: values.title,
      notes: values.notes,
      dueAt: fromLocalInput(values.due),
      priority: values.priority,
      status: values.status,
      ownerId: values.ownerId || null,
      contactId: values.contactId,
      companyId: values.companyId,
      dealId: values.dealId,
    };
    const checked = createTaskSchema.safeParse(input);
    if (!checked.success) {
      setFieldErrors(form.setError, z.flattenError(checked.error).fieldErrors, FIELD_OF);
      return;
    }
    const customValues = task ? {} : custom.collect();
    if (!customValues) return;
    const result = task
      ? await updateTaskAction(slug, task.id, input)
      : await createTaskAction(slug, { ...input, custom: customValues });
    if (!result.ok) {
      if (!task && custom.applyServerErrors(result.fieldErrors)) return;
      if (!setFieldErrors(form.setError, result.fieldErrors ?? {}, FIELD_OF))
        setFormError(actionError(result));
      return;
    }
    toast.success(task ? tc("saved") : t("created"));
    onDone();
    router.refresh();
  });

  const picker = (
    name: "contactId" | "companyId" | "dealId",
    key: keyof typeof links,
    search: (q: string) => Promise<PickerOption[] | null>,
    placeholder: string,
  ) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <RecordPicker
          id={`task-${name}`}
          value={links[key]}
          onChange={(option) => {
            setLinks((current) => ({ ...current, [key]: option }));
            field.onChange(option?.id ?? null);
          }}
          search={search}
          placeholder={placeholder}
          {...fieldErrorProps(`task-${name}`, errors[name]?.message)}
        />
      )}
    />
  );

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <DialogHeader>
        <DialogTitle>{task ? t("editTitle") : t("newTitle")}</DialogTitle>
        <DialogDescription>{task ? t("editDescription") : t("newDescription")}</DialogDescription>
      </DialogHeader>
      <FormField id="task-title" label={t("fields.title")} error={errors.title?.message} required>
        <Input
          id="task-title"
          {...form.register("title")}
          autoComplete="off"
          required
          autoFocus
          {...fieldErrorProps("task-title", errors.title?.message)}
        />
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="task-due" label={t("fields.dueAt")} error={errors.due?.message}>
          <Input
            id="task-due"
            type="datetime-local"
            {...form.register("due")}
            {...fieldErrorProps("task-due", errors.due?.message)}
          />
        </FormField>
        <FormField id="task-priority" label={t("fields.priority")} error={errors.priority?.message}>
          <Controller
            control={form.control}
            name="priority"
            render={({ field }) => (
              <Select value={field.value} onValueChange={field.onChange}>
                <SelectTrigger id="task-priority">
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  {TASK_PRIORITIES.map((p) => (
                    <SelectItem key={p} value={p}>
                      {t(`priority.${p}`)}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            )}
          />
        </FormField>
        <FormField id="task-ownerId" label={t("fields.assignee")} error={errors.ownerId?.message}>
          <Controller
            control={form.control}
            name="ownerId"
            render={({ field }) => (
              <Select value={field.value || undefined} onValueChange={field.onChange}>
                <SelectTrigger
                  id="task-ownerId"
                  {...fieldErrorProps("task-ownerId", errors.ownerId?.message)}
                >
                  <SelectValue placeholder={t("unassigned")} />
                </SelectTrigger>
                <SelectContent>
                  {assignable.map((m) => (
                    <SelectItem key={m.userId} value={m.userId}>
                      {m.name}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            )}
          />
        </FormField>
        {task ? (
          <FormField id="task-status" label={t("fields.status")} error={errors.status?.message}>
            <Controller
              control={form.control}
              name="status"
              render={({ field }) => (
                <Select value={field.value} onValueChange={field.onChange}>
                  <SelectTrigger id="task-status">
                    <SelectValue />
                  </SelectTrigger>
                  <SelectContent>
                    {TASK_STATUSES.map((s) => (
                      <SelectItem key={s} value={s}>
                        {t(`status.${s}`)}
                      </SelectItem>
                    ))}
                  </SelectContent>
                </Select>
              )}
            />
          </FormField>
        ) : null}
        <FormField id="task-contactId" label={t("fields.contact")} error={errors.contactId?.message}>
          {picker("contactId", "contact", searchContacts, t("chooseContact"))}
        </FormField>
        <FormField id="task-companyId" label={t("fields.company")} error={errors.companyId?.message}>
          {picker("companyId", "company", searchCompanies, t("chooseCompany"))}
        </FormField>
        <FormField id="task-dealId" label={t("fields.deal")} error={errors.dealId?.message}>
          {picker("dealId", "deal", searchDeals, t("chooseDeal"))}
        </FormField>
      </div>
      <FormField id="task-notes" label={t("fields.notes")} error={errors.notes?.message}>
        <Textarea
          id="task-notes"
          rows={3}
          {...form.register("notes")}
          {...fieldErrorProps("task-notes", errors.notes?.message)}
        />
      </FormField>
      {task ? null : <CustomFieldInputs form={custom} idPrefix="task" />}
      <FormError message={formError} />
      <DialogFooter>
        <DialogClose asChild>
          <Button type="button" variant="outline">
            {tc("cancel")}
          </Button>
        </DialogClose>
        <Button type="submit" loading={isSubmitting}>
          {task ? tc("save") : t("create")}
        </Button>
      </DialogFooter>
    </form>
  );
}
