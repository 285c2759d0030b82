"use client";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { FormDialog, lazyForm, recordTrigger } from "@/features/forms/form-dialog";
import type { LeadFormProps } from "./lead-form";

export type { EditableLead } from "./lead-form";

const { Form: LeadForm, preload } = lazyForm<LeadFormProps>(() =>
  import("./lead-form").then((m) => m.LeadForm),
);

/** New lead, or edit one (`lead` given). */
export function LeadFormDialog({ trigger, ...props }: LeadFormProps & { trigger?: ReactNode }) {
  const t = useTranslations("leads");
  return (
    <FormDialog trigger={recordTrigger(trigger, Boolean(props.lead), t("new"))} preload={preload} wide>
      <LeadForm {...props} />
    </FormDialog>
  );
}
