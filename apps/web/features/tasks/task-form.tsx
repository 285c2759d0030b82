"use client";
import { TASK_PRIORITIES, TASK_STATUSES } from "@crm/core/modules/records/enums";
import { createTaskSchema } from "@crm/core/modules/tasks/schemas";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { fromLocalInput, toLocalInput } from "@/features/activities/plain-text";
import { useCompanySearch } from "@/features/companies/use-company-search";
import { useContactSearch } from "@/features/contacts/use-contact-search";
import { CustomFieldInputs } from "@/features/custom-fields/custom-field-inputs";
import { useCustomFieldForm } from "@/features/custom-fields/use-custom-field-form";
import { useDealSearch } from "@/features/deals/use-deal-search";
import { type FieldMap, parseForForm } from "@/features/forms/field-errors";
import { DialogForm, FieldGrid } from "@/features/forms/form-dialog";
import { DateField, SelectField, TextareaField, TextField } from "@/features/forms/form-fields";
import { OwnerField } from "@/features/forms/owner-field";
import { RecordPickerField } from "@/features/forms/record-picker-field";
import { useRecordForm } from "@/features/forms/use-record-form";
import type { MemberOption } from "@/features/records/member-option";
import type { PickerOption } from "@/features/records/record-picker";
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

const FIELDS: FieldMap<FormValues> = {
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

export type TaskFormProps = {
  slug: string;
  members: MemberOption[];
  currentUserId: string;
  /** Admins and managers assign tasks to anyone; others only to themselves. */
  canAssign: boolean;
  task?: EditableTask;
};

/** A new task (assigned to its author), or one edited: due date, assignee, status, links, notes. */
export function TaskForm({ slug, members, currentUserId, canAssign, task }: TaskFormProps) {
  const t = useTranslations("tasks");
  const searchContacts = useContactSearch(slug);
  const searchCompanies = useCompanySearch(slug);
  const searchDeals = useDealSearch(slug);
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
  const { control } = form;
  const shell = useRecordForm({
    slug,
    object: "tasks",
    recordId: task?.id,
    setError: form.setError,
    fields: FIELDS,
    custom,
  });

  const onSubmit = form.handleSubmit(async (values) => {
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
    if (!parseForForm(createTaskSchema, input, form.setError, FIELDS)) return;
    await shell.save(input, { create: createTaskAction, update: updateTaskAction });
  });

  return (
    <DialogForm formState={form.formState} onSubmit={onSubmit} {...shell.texts}>
      <TextField
        control={control}
        name="title"
        label={t("fields.title")}
        autoComplete="off"
        required
        autoFocus
      />
      <FieldGrid>
        <DateField control={control} name="due" label={t("fields.dueAt")} withTime />
        <SelectField
          control={control}
          name="priority"
          label={t("fields.priority")}
          options={TASK_PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))}
        />
        <OwnerField
          control={control}
          name="ownerId"
          label={t("fields.assignee")}
          members={members}
          canAssign={canAssign}
          currentUserId={currentUserId}
          placeholder={t("unassigned")}
        />
        {task ? (
          <SelectField
            control={control}
            name="status"
            label={t("fields.status")}
            options={TASK_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          />
        ) : null}
        <RecordPickerField
          control={control}
          name="contactId"
          label={t("fields.contact")}
          initial={task?.contact ?? null}
          search={searchContacts}
          placeholder={t("chooseContact")}
        />
        <RecordPickerField
          control={control}
          name="companyId"
          label={t("fields.company")}
          initial={task?.company ?? null}
          search={searchCompanies}
          placeholder={t("chooseCompany")}
        />
        <RecordPickerField
          control={control}
          name="dealId"
          label={t("fields.deal")}
          initial={task?.deal ?? null}
          search={searchDeals}
          placeholder={t("chooseDeal")}
        />
      </FieldGrid>
      <TextareaField control={control} name="notes" label={t("fields.notes")} />
      <CustomFieldInputs form={custom} idPrefix="task" />
    </DialogForm>
  );
}
