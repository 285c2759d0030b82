"use client";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { FormDialog, lazyForm, recordTrigger } from "@/features/forms/form-dialog";
import type { DealFormProps } from "./deal-form";

export type { DealFormProps, EditableDeal } from "./deal-form";

const { Form: DealForm, preload } = lazyForm<DealFormProps>(() =>
  import("./deal-form").then((m) => m.DealForm),
);

/** New deal (in a preselected pipeline and stage, for a company or contact), or edit one. */
export function DealFormDialog({ trigger, ...props }: DealFormProps & { trigger?: ReactNode }) {
  const t = useTranslations("deals");
  return (
    <FormDialog trigger={recordTrigger(trigger, Boolean(props.deal), t("new"))} preload={preload} wide>
      <DealForm {...props} />
    </FormDialog>
  );
}
