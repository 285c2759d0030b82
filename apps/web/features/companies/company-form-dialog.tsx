"use client";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { FormDialog, lazyForm, recordTrigger } from "@/features/forms/form-dialog";
import type { CompanyFormProps } from "./company-form";

export type { EditableCompany } from "./company-form";

const { Form: CompanyForm, preload } = lazyForm<CompanyFormProps>(() =>
  import("./company-form").then((m) => m.CompanyForm),
);

/** New company, or edit one (`company` given). */
export function CompanyFormDialog({ trigger, ...props }: CompanyFormProps & { trigger?: ReactNode }) {
  const t = useTranslations("companies");
  return (
    <FormDialog trigger={recordTrigger(trigger, Boolean(props.company), t("new"))} preload={preload} wide>
      <CompanyForm {...props} />
    </FormDialog>
  );
}
