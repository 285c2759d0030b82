"use client";
import { createContactSchema, phoneSchema } from "@crm/core/modules/contacts/schemas";
import { LEAD_STATUSES } from "@crm/core/modules/records/enums";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { useCompanySearch } from "@/features/companies/use-company-search";
import { CustomFieldInputs } from "@/features/custom-fields/custom-field-inputs";
import { useCustomFieldForm } from "@/features/custom-fields/use-custom-field-form";
import { findSimilarContactsAction } from "@/features/duplicates/duplicate-actions";
import { PossibleDuplicates, useDuplicateCheck } from "@/features/duplicates/possible-duplicates";
import type { FieldMap } from "@/features/forms/field-errors";
import { DialogForm, FieldGrid } from "@/features/forms/form-dialog";
import { emptyToNull, SelectField, TextField } from "@/features/forms/form-fields";
import { RecordPickerField } from "@/features/forms/record-picker-field";
import { useRecordForm } from "@/features/forms/use-record-form";
import type { PickerOption } from "@/features/records/record-picker";
import { createContactAction, updateContactAction } from "./contact-actions";

// The core schema plus one phone number, which the form turns into the `phones` list.
const formSchema = createContactSchema.extend({
  phone: z.union([z.literal(""), phoneSchema.shape.number]).optional(),
});
type FormInput = z.input<typeof formSchema>;

const FIELDS: FieldMap<FormInput> = {
  firstName: "firstName",
  lastName: "lastName",
  email: "email",
  title: "title",
  companyId: "companyId",
  leadStatus: "leadStatus",
  phone: "phone",
  "phones.0.number": "phone",
};

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

export type ContactFormProps = { slug: string; contact?: EditableContact };

/** A new contact, or the main details of one: the core schema, possible duplicates, custom fields. */
export function ContactForm({ slug, contact }: ContactFormProps) {
  const t = useTranslations("contacts");
  const tw = useTranslations("duplicates.warn");
  const searchCompanies = useCompanySearch(slug);
  const custom = useCustomFieldForm(slug, "contacts", { enabled: !contact });
  const duplicates = useDuplicateCheck();
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
  const { control } = form;
  const shell = useRecordForm({
    slug,
    object: "contacts",
    recordId: contact?.id,
    setError: form.setError,
    fields: FIELDS,
    custom,
  });

  const onSubmit = form.handleSubmit(async (values) => {
    const { phone, ...rest } = formSchema.parse(values);
    const others = contact?.phones.slice(1) ?? [];
    const phones = phone
      ? [{ label: contact?.phones[0]?.label ?? "work", number: phone }, ...others]
      : others;
    const input = { ...rest, phones };
    const probe = { firstName: rest.firstName, lastName: rest.lastName, email: rest.email, phones };
    if (!contact && (await duplicates.shouldWarn(probe, () => findSimilarContactsAction(slug, probe))))
      return;
    await shell.save(input, { create: createContactAction, update: updateContactAction });
  });

  return (
    <DialogForm
      formState={form.formState}
      onSubmit={onSubmit}
      {...shell.texts}
      submitLabel={duplicates.matches.length > 0 ? tw("createAnyway") : shell.texts.submitLabel}
    >
      <FieldGrid>
        <TextField
          control={control}
          name="firstName"
          label={t("fields.firstName")}
          autoComplete="off"
          required
          autoFocus
        />
        <TextField control={control} name="lastName" label={t("fields.lastName")} autoComplete="off" />
        <TextField
          control={control}
          name="email"
          label={t("fields.email")}
          type="email"
          autoComplete="off"
          parse={emptyToNull}
        />
        <TextField control={control} name="phone" label={t("fields.phone")} type="tel" autoComplete="off" />
        <TextField
          control={control}
          name="title"
          label={t("fields.title")}
          autoComplete="off"
          parse={emptyToNull}
        />
        <RecordPickerField
          control={control}
          name="companyId"
          label={t("fields.company")}
          initial={contact?.company ?? null}
          search={searchCompanies}
          placeholder={t("chooseCompany")}
        />
        <SelectField
          control={control}
          name="leadStatus"
          label={t("fields.leadStatus")}
          options={LEAD_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
        />
      </FieldGrid>
      <PossibleDuplicates slug={slug} object="contacts" matches={duplicates.matches} />
      <CustomFieldInputs form={custom} idPrefix="contact" />
    </DialogForm>
  );
}
