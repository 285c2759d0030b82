"use client";
import { createContactSchema, phoneSchema } from "@crm/core/modules/contacts/schemas";
import { LEAD_STATUSES } from "@crm/core/modules/records/enums";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import {
  DialogClose,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { FormField, fieldErrorProps } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { useCompanySearch } from "@/features/companies/use-company-search";
import { CustomFieldInputs } from "@/features/custom-fields/custom-field-inputs";
import { useCustomFieldForm } from "@/features/custom-fields/use-custom-field-form";
import { findSimilarContactsAction } from "@/features/duplicates/duplicate-actions";
import { PossibleDuplicates, useDuplicateCheck } from "@/features/duplicates/possible-duplicates";
import { type PickerOption, RecordPicker } from "@/features/records/record-picker";
import { useActionError } from "@/features/records/use-action-error";
import { applyServerErrors } from "@/features/shell/use-server-errors";
import { createContactAction, updateContactAction } from "./contact-actions";

// The core schema plus one phone number, which the form turns into the `phones` list.
const formSchema = createContactSchema.extend({
  phone: z.union([z.literal(""), phoneSchema.shape.number]).optional(),
});
type FormInput = z.input<typeof formSchema>;

const FIELDS = ["firstName", "lastName", "email", "title", "companyId", "leadStatus", "phone"] as const;
const emptyToNull = (value: unknown) => (value === "" ? null : value);

export type EditableContact = {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  title: string | null;
  leadStatus: FormInput["leadStatus"];
  phones: { label: string; number: string }[];
  company: PickerOption | null;
};

export function ContactForm({
  slug,
  contact,
  onDone,
}: {
  slug: string;
  contact?: EditableContact;
  onDone: () => void;
}) {
  const t = useTranslations("contacts");
  const tc = useTranslations("common");
  const router = useRouter();
  const actionError = useActionError();
  const searchCompanies = useCompanySearch(slug);
  const [company, setCompany] = useState<PickerOption | null>(contact?.company ?? null);
  const [formError, setFormError] = useState<string | null>(null);
  const custom = useCustomFieldForm(slug, "contacts", { enabled: !contact });
  const duplicates = useDuplicateCheck();
  const tw = useTranslations("duplicates.warn");
  const form = useForm<FormInput>({
    resolver: zodResolver(formSchema),
    defaultValues: {
      firstName: contact?.firstName ?? "",
      lastName: contact?.lastName ?? "",
      email: contact?.email ?? null,
      title: contact?.title ?? null,
      companyId: contact?.company?.id ?? null,
      leadStatus: contact?.leadStatus ?? "new",
      phone: contact?.phones[0]?.number ?? "",
    },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const { phone, ...rest } = formSchema.parse(values);
    const others = contact?.phones.slice(1) ?? [];
    const phones = phone
      ? [{ label: contact?.phones[0]?.label ?? "work", number: phone }, ...others]
      : others;
    const input = { ...rest, phones };
    const probe = { firstName: rest.firstName, lastName: rest.lastName, email: rest.email, phones };
    if (!contact && (await duplicates.shouldWarn(probe, () => findSimilarContactsAction(slug, probe))))
      return;
    const customValues = contact ? {} : custom.collect();
    if (!customValues) return;
    const result = contact
      ? await updateContactAction(slug, contact.id, input)
      : await createContactAction(slug, { ...input, custom: customValues });
    if (!result.ok) {
      if (!contact && custom.applyServerErrors(result.fieldErrors)) return;
      const fieldErrors = { ...result.fieldErrors };
      if (fieldErrors["phones.0.number"]) fieldErrors.phone = fieldErrors["phones.0.number"];
      const message = applyServerErrors({ ...result, fieldErrors }, form.setError, FIELDS);
      setFormError(message === null ? null : actionError(result));
      return;
    }
    if (contact) {
      toast.success(tc("saved"));
    } else {
      const id = result.data as string;
      toast.success(t("created"), {
        action: { label: t("open"), onClick: () => router.push(`/o/${slug}/contacts/${id}`) },
      });
    }
    onDone();
    router.refresh();
  });

  const text = (name: "firstName" | "lastName" | "email" | "title" | "phone", nullable = false) => ({
    id: `contact-${name}`,
    ...form.register(name, nullable ? { setValueAs: emptyToNull } : undefined),
    ...fieldErrorProps(`contact-${name}`, errors[name]?.message),
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <DialogHeader>
        <DialogTitle>{contact ? t("editTitle") : t("newTitle")}</DialogTitle>
        <DialogDescription>{contact ? t("editDescription") : t("newDescription")}</DialogDescription>
      </DialogHeader>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          id="contact-firstName"
          label={t("fields.firstName")}
          error={errors.firstName?.message}
          required
        >
          <Input {...text("firstName")} autoComplete="off" required autoFocus />
        </FormField>
        <FormField id="contact-lastName" label={t("fields.lastName")} error={errors.lastName?.message}>
          <Input {...text("lastName")} autoComplete="off" />
        </FormField>
        <FormField id="contact-email" label={t("fields.email")} error={errors.email?.message}>
          <Input {...text("email", true)} type="email" autoComplete="off" />
        </FormField>
        <FormField id="contact-phone" label={t("fields.phone")} error={errors.phone?.message}>
          <Input {...text("phone")} type="tel" autoComplete="off" />
        </FormField>
        <FormField id="contact-title" label={t("fields.title")} error={errors.title?.message}>
          <Input {...text("title", true)} autoComplete="off" />
        </FormField>
        <FormField id="contact-companyId" label={t("fields.company")} error={errors.companyId?.message}>
          <Controller
            control={form.control}
            name="companyId"
            render={({ field }) => (
              <RecordPicker
                id="contact-companyId"
                value={company}
                onChange={(option) => {
                  setCompany(option);
                  field.onChange(option?.id ?? null);
                }}
                search={searchCompanies}
                placeholder={t("chooseCompany")}
                {...fieldErrorProps("contact-companyId", errors.companyId?.message)}
              />
            )}
          />
        </FormField>
        <FormField id="contact-leadStatus" label={t("fields.leadStatus")} error={errors.leadStatus?.message}>
          <Controller
            control={form.control}
            name="leadStatus"
            render={({ field }) => (
              <Select value={field.value} onValueChange={field.onChange}>
                <SelectTrigger
                  id="contact-leadStatus"
                  {...fieldErrorProps("contact-leadStatus", errors.leadStatus?.message)}
                >
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  {LEAD_STATUSES.map((status) => (
                    <SelectItem key={status} value={status}>
                      {t(`status.${status}`)}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            )}
          />
        </FormField>
      </div>
      {contact ? null : <PossibleDuplicates slug={slug} object="contacts" matches={duplicates.matches} />}
      {contact ? null : <CustomFieldInputs form={custom} idPrefix="contact" />}
      <FormError message={formError} />
      <DialogFooter>
        <DialogClose asChild>
          <Button type="button" variant="outline">
            {tc("cancel")}
          </Button>
        </DialogClose>
        <Button type="submit" loading={isSubmitting}>
          {contact ? tc("save") : duplicates.matches.length > 0 ? tw("createAnyway") : t("create")}
        </Button>
      </DialogFooter>
    </form>
  );
}
