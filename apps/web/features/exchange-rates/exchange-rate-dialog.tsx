"use client";
import type { ExchangeRateDto } from "@crm/core/modules/exchange-rates/exchange-rate-response";
import { createExchangeRateSchema, updateExchangeRateSchema } from "@crm/core/modules/exchange-rates/schemas";
import { Pencil, Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { toast } from "sonner";
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
import { useActionError } from "@/features/records/use-action-error";
import { createExchangeRateAction, updateExchangeRateAction } from "./exchange-rate-actions";

type Props = { slug: string; orgCurrency: string; today: string; rate?: ExchangeRateDto };
type Field = "currency" | "rate" | "validFrom";
type Errors = Partial<Record<Field, string>>;

/** Adds a rate or edits one: currency, its value in the org currency, and the first day it applies. */
export function ExchangeRateDialog({ slug, orgCurrency, today, rate }: Props) {
  const t = useTranslations("exchangeRates");
  const tc = useTranslations("common");
  const router = useRouter();
  const actionError = useActionError();
  const [open, setOpen] = useState(false);
  const [currency, setCurrency] = useState(rate?.currency ?? "");
  const [value, setValue] = useState(rate ? String(rate.rate) : "");
  const [validFrom, setValidFrom] = useState(rate?.validFrom ?? today);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const prefix = `xr-${rate?.id ?? "new"}`;

  function reset() {
    setCurrency(rate?.currency ?? "");
    setValue(rate ? String(rate.rate) : "");
    setValidFrom(rate?.validFrom ?? today);
    setErrors({});
    setFormError(null);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    // A decimal comma is how half of Europe types a rate.
    const input = { currency, rate: value.trim().replace(",", "."), validFrom };
    const parsed = rate
      ? updateExchangeRateSchema.safeParse(input)
      : createExchangeRateSchema.safeParse(input);
    if (!parsed.success) {
      const next: Errors = {};
      for (const issue of parsed.error.issues) next[String(issue.path[0]) as Field] ??= issue.message;
      setErrors(next);
      return;
    }
    setErrors({});
    setPending(true);
    const result = rate
      ? await updateExchangeRateAction(slug, rate.id, input)
      : await createExchangeRateAction(slug, input);
    setPending(false);
    if (!result.ok) {
      const fe = result.fieldErrors ?? {};
      const next: Errors = { currency: fe.currency?.[0], rate: fe.rate?.[0], validFrom: fe.validFrom?.[0] };
      setErrors(next);
      if (!next.currency && !next.rate && !next.validFrom) setFormError(actionError(result));
      return;
    }
    toast.success(t("saved"));
    setOpen(false);
    router.refresh();
  }

  const shown = currency.trim().toUpperCase() || "…";
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (pending) return;
        setOpen(next);
        if (next) reset();
      }}
    >
      <DialogTrigger asChild>
        {rate ? (
          <Button variant="ghost" size="icon" aria-label={`${t("edit")} ${rate.currency} ${rate.validFrom}`}>
            <Pencil aria-hidden="true" />
          </Button>
        ) : (
          <Button>
            <Plus aria-hidden="true" />
            {t("add")}
          </Button>
        )}
      </DialogTrigger>
      <DialogContent closeLabel={tc("close")}>
        <form onSubmit={submit} noValidate className="grid gap-4">
          <DialogHeader>
            <DialogTitle>{rate ? t("editTitle") : t("addTitle")}</DialogTitle>
            <DialogDescription>
              {t("rateExample", { from: shown, rate: value || "…", to: orgCurrency })}
            </DialogDescription>
          </DialogHeader>
          <div className="grid gap-4 sm:grid-cols-3">
            <FormField id={`${prefix}-currency`} label={t("currency")} error={errors.currency} required>
              <Input
                id={`${prefix}-currency`}
                value={currency}
                onChange={(e) => setCurrency(e.target.value.toUpperCase())}
                placeholder="EUR"
                autoFocus
                autoComplete="off"
                spellCheck={false}
                maxLength={3}
                className="font-mono uppercase"
                required
                {...fieldErrorProps(`${prefix}-currency`, errors.currency)}
              />
            </FormField>
            <FormField
              id={`${prefix}-rate`}
              label={t("rateTo", { currency: orgCurrency })}
              error={errors.rate}
              required
            >
              <Input
                id={`${prefix}-rate`}
                value={value}
                onChange={(e) => setValue(e.target.value)}
                inputMode="decimal"
                placeholder="1.0832"
                autoComplete="off"
                className="tabular-nums"
                required
                {...fieldErrorProps(`${prefix}-rate`, errors.rate)}
              />
            </FormField>
            <FormField id={`${prefix}-from`} label={t("validFrom")} error={errors.validFrom} required>
              <Input
                id={`${prefix}-from`}
                type="date"
                value={validFrom}
                onChange={(e) => setValidFrom(e.target.value)}
                required
                {...fieldErrorProps(`${prefix}-from`, errors.validFrom)}
              />
            </FormField>
          </div>
          <FormError message={formError} />
          <DialogFooter>
            <DialogClose asChild>
              <Button type="button" variant="outline" disabled={pending}>
                {tc("cancel")}
              </Button>
            </DialogClose>
            <Button type="submit" disabled={pending}>
              {tc("save")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
