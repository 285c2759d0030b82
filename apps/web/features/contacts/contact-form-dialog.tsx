"use client";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { FormDialog, lazyForm, recordTrigger } from "@/features/forms/form-dialog";
import type { ContactFormProps } from "./contact-form";

export type { EditableContact } from "./contact-form";

const { Form: ContactForm, preload } = lazyForm<ContactFormProps>(() =>
  import("./contact-form").then((m) => m.ContactForm),
);

/** New contact, or edit one (`contact` given): the same form and the same schema as the API. */
export function ContactFormDialog({ trigger, ...props }: ContactFormProps & { trigger?: ReactNode }) {
  const t = useTranslations("contacts");
  return (
    <FormDialog trigger={recordTrigger(trigger, Boolean(props.contact), t("new"))} preload={preload} wide>
      <ContactForm {...props} />
    </FormDialog>
  );
}
