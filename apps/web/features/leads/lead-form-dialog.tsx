"use client";
import { createLeadSchema, EDITABLE_LEAD_STAGES } from "@crm/core/modules/leads/schemas";
import { zodResolver } from "@hookform/resolvers/zod";
import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type ReactNode, useState } from "react";
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
import { CustomFieldInputs } from "@/features/custom-fields/custom-field-inputs";
import { useCustomFieldForm } from "@/features/custom-fields/use-custom-field-form";
import { useActionError } from "@/features/records/use-action-error";
import { applyServerErrors } from "@/features/shell/use-server-errors";
import { createLeadAction, updateLeadAction } from "./lead-actions";

type FormInput = z.input<typeof createLeadSchema>;
const FIELDS = ["name", "email", "phone", "companyName", "source", "status"] as const;
const emptyToNull = (value: unknown) => (value === "" ? null : value);

export type EditableLead = {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  companyName: string | null;
  source: string | null;
  /** Undefined for a converted lead: its stage is no longer edited. */
  status: FormInput["status"] | undefined;
};

type Props = { slug: string; lead?: EditableLead; trigger?: ReactNode };

export function LeadFormDialog({ slug, lead, trigger }: Props) {
  const t = useTranslations("leads");
  const tc = useTranslations("common");
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        {trigger ?? (
          <Button>
            <Plus aria-hidden="true" />
            {t("new")}
          </Button>
        )}
      </DialogTrigger>
      <DialogContent closeLabel={tc("close")} className="sm:max-w-xl">
        {open ? <LeadForm slug={slug} lead={lead} onDone={() => setOpen(false)} /> : null}
      </DialogContent>
    </Dialog>
  );
}

function LeadForm({ slug, lead, onDone }: { slug: string; lead?: EditableLead; onDone: () => void }) {
  const t = useTranslations("leads");
  const tc = useTranslations("common");
  const router = useRouter();
  const actionError = useActionError();
  const [formError, setFormError] = useState<string | null>(null);
  const custom = useCustomFieldForm(slug, "leads", { enabled: !lead });
  const form = useForm<FormInput>({
    resolver: zodResolver(createLeadSchema),
    defaultValues: {
      name: lead?.name ?? "",
      email: lead?.email ?? null,
      phone: lead?.phone ?? null,
      companyName: lead?.companyName ?? null,
      source: lead?.source ?? null,
      status: lead?.status ?? "new",
    },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const { status, ...rest } = createLeadSchema.parse(values);
    const input = lead && lead.status === undefined ? rest : { ...rest, status };
    const customValues = lead ? {} : custom.collect();
    if (!customValues) return;
    const result = lead
      ? await updateLeadAction(slug, lead.id, input)
      : await createLeadAction(slug, { ...input, custom: customValues });
    if (!result.ok) {
      if (!lead && custom.applyServerErrors(result.fieldErrors)) return;
      const message = applyServerErrors(result, form.setError, FIELDS);
      setFormError(message === null ? null : actionError(result));
      return;
    }
    if (lead) toast.success(tc("saved"));
    else {
      const id = result.data as string;
      toast.success(t("created"), {
        action: { label: t("open"), onClick: () => router.push(`/o/${slug}/leads/${id}`) },
      });
    }
    onDone();
    router.refresh();
  });

  const text = (name: Exclude<(typeof FIELDS)[number], "status">, nullable = true) => ({
    id: `lead-${name}`,
    ...form.register(name, nullable ? { setValueAs: emptyToNull } : undefined),
    ...fieldErrorProps(`lead-${name}`, errors[name]?.message),
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <DialogHeader>
        <DialogTitle>{lead ? t("editTitle") : t("newTitle")}</DialogTitle>
        <DialogDescription>{lead ? t("editDescription") : t("newDescription")}</DialogDescription>
      </DialogHeader>
      <FormField id="lead-name" label={t("fields.name")} error={errors.name?.message} required>
        <Input {...text("name", false)} autoComplete="off" required autoFocus />
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="lead-email" label={t("fields.email")} error={errors.email?.message}>
          <Input {...text("email")} type="email" autoComplete="off" />
        </FormField>
        <FormField id="lead-phone" label={t("fields.phone")} error={errors.phone?.message}>
          <Input {...text("phone")} type="tel" autoComplete="off" />
        </FormField>
        <FormField id="lead-companyName" label={t("fields.companyName")} error={errors.companyName?.message}>
          <Input {...text("companyName")} autoComplete="off" />
        </FormField>
        <FormField id="lead-source" label={t("fields.source")} error={errors.source?.message}>
          <Input {...text("source")} autoComplete="off" placeholder={t("sourcePlaceholder")} />
        </FormField>
        {lead && lead.status === undefined ? null : (
          <FormField id="lead-status" label={t("fields.status")} error={errors.status?.message}>
            <Controller
              control={form.control}
              name="status"
              render={({ field }) => (
                <Select value={field.value} onValueChange={field.onChange}>
                  <SelectTrigger id="lead-status" {...fieldErrorProps("lead-status", errors.status?.message)}>
                    <SelectValue />
                  </SelectTrigger>
                  <SelectContent>
                    {EDITABLE_LEAD_STAGES.map((status) => (
                      <SelectItem key={status} value={status}>
                        {t(`status.${status}`)}
                      </SelectItem>
                    ))}
                  </SelectContent>
                </Select>
              )}
            />
          </FormField>
        )}
      </div>
      {lead ? null : <CustomFieldInputs form={custom} idPrefix="lead" />}
      <FormError message={formError} />
      <DialogFooter>
        <DialogClose asChild>
          <Button type="button" variant="outline">
            {tc("cancel")}
          </Button>
        </DialogClose>
        <Button type="submit" loading={isSubmitting}>
          {lead ? tc("save") : t("create")}
        </Button>
      </DialogFooter>
    </form>
  );
}
