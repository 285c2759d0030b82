"use client";
import { markDealLostSchema } from "@crm/core/modules/deals/schemas";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { DialogForm, FormDialog, useFormDialog } from "@/features/forms/form-dialog";
import { TextareaField } from "@/features/forms/form-fields";

type FormValues = z.input<typeof markDealLostSchema>;

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  dealTitle: string;
  /** Resolves true when the deal was marked lost, false to stay open (the caller showed why), or a field error. */
  onConfirm: (lostReason: string | null) => Promise<boolean | string>;
};

/** Asks why a deal was lost (optional) before moving it to the lost stage. */
export function LostReasonDialog({ open, onOpenChange, ...props }: Props) {
  return (
    <FormDialog open={open} onOpenChange={onOpenChange}>
      <LostReasonForm {...props} />
    </FormDialog>
  );
}

function LostReasonForm({ dealTitle, onConfirm }: Pick<Props, "dealTitle" | "onConfirm">) {
  const t = useTranslations("deals");
  const dialog = useFormDialog();
  const form = useForm<FormValues>({
    resolver: zodResolver(markDealLostSchema),
    defaultValues: { lostReason: "" },
  });
  const onSubmit = form.handleSubmit(async (values) => {
    const outcome = await onConfirm(values.lostReason?.trim() || null);
    if (typeof outcome === "string") form.setError("lostReason", { type: "server", message: outcome });
    else if (outcome) dialog?.close();
  });
  return (
    <DialogForm
      formState={form.formState}
      onSubmit={onSubmit}
      title={t("lostTitle", { title: dealTitle })}
      description={t("lostDescription")}
      submitLabel={t("markLost")}
      destructive
    >
      <TextareaField
        control={form.control}
        name="lostReason"
        label={t("lostReason")}
        autoFocus
        placeholder={t("lostReasonPlaceholder")}
      />
    </DialogForm>
  );
}
