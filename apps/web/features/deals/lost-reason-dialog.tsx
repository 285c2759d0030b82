"use client";
import { markDealLostSchema } from "@crm/core/modules/deals/schemas";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
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
} from "@/components/ui/dialog";
import { FormField, fieldErrorProps } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";

type FormValues = z.input<typeof markDealLostSchema>;

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  dealTitle: string;
  /** Resolves true when the deal was marked lost, false to stay open (the caller showed why), or a field error. */
  onConfirm: (lostReason: string | null) => Promise<boolean | string>;
};

/** Asks why a deal was lost (optional) before moving it to the lost stage. */
export function LostReasonDialog({ open, onOpenChange, dealTitle, onConfirm }: Props) {
  const t = useTranslations("deals");
  const tc = useTranslations("common");
  const form = useForm<FormValues>({
    resolver: zodResolver(markDealLostSchema),
    defaultValues: { lostReason: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    const reason = values.lostReason?.trim() || null;
    const outcome = await onConfirm(reason);
    if (typeof outcome === "string") {
      form.setError("lostReason", { type: "server", message: outcome });
      return;
    }
    if (!outcome) return;
    form.reset();
    onOpenChange(false);
  });
  return (
    <Dialog open={open} onOpenChange={(next) => !isSubmitting && onOpenChange(next)}>
      <DialogContent closeLabel={tc("close")}>
        <form onSubmit={onSubmit} noValidate className="grid gap-4">
          <DialogHeader>
            <DialogTitle>{t("lostTitle", { title: dealTitle })}</DialogTitle>
            <DialogDescription>{t("lostDescription")}</DialogDescription>
          </DialogHeader>
          <FormField id="lost-reason" label={t("lostReason")} error={errors.lostReason?.message}>
            <Textarea
              id="lost-reason"
              rows={3}
              autoFocus
              placeholder={t("lostReasonPlaceholder")}
              {...form.register("lostReason")}
              {...fieldErrorProps("lost-reason", errors.lostReason?.message)}
            />
          </FormField>
          <DialogFooter>
            <DialogClose asChild>
              <Button type="button" variant="outline" disabled={isSubmitting}>
                {tc("cancel")}
              </Button>
            </DialogClose>
            <Button type="submit" variant="destructive" loading={isSubmitting}>
              {t("markLost")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
