"use client";
import type { ExchangeRateDto } from "@crm/core/modules/exchange-rates/exchange-rate-response";
import { createExchangeRateSchema, updateExchangeRateSchema } from "@crm/core/modules/exchange-rates/schemas";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import { parseForForm } from "@/features/forms/field-errors";
import {
  DialogForm,
  EditIconButton,
  FormDialog,
  NewButton,
  useFormDialog,
} from "@/features/forms/form-dialog";
import { DateField, TextField } from "@/features/forms/form-fields";
import { useServerErrors } from "@/features/forms/use-server-errors";
import { createExchangeRateAction, updateExchangeRateAction } from "./exchange-rate-actions";

type Props = { slug: string; orgCurrency: string; today: string; rate?: ExchangeRateDto };
type Values = { currency: string; rate: string; validFrom: string };
const FIELDS = ["currency", "rate", "validFrom"] as const;

/** Adds a rate or edits one: currency, its value in the org currency, and the first day it applies. */
export function ExchangeRateDialog(props: Props) {
  const t = useTranslations("exchangeRates");
  const { rate } = props;
  return (
    <FormDialog
      trigger={
        rate ? (
          <EditIconButton label={`${t("edit")} ${rate.currency} ${rate.validFrom}`} />
        ) : (
          <NewButton label={t("add")} />
        )
      }
    >
      <ExchangeRateForm {...props} />
    </FormDialog>
  );
}

function ExchangeRateForm({ slug, orgCurrency, today, rate }: Props) {
  const t = useTranslations("exchangeRates");
  const tc = useTranslations("common");
  const router = useRouter();
  const dialog = useFormDialog();
  const showServerErrors = useServerErrors();
  const form = useForm<Values>({
    defaultValues: {
      currency: rate?.currency ?? "",
      rate: rate ? String(rate.rate) : "",
      validFrom: rate?.validFrom ?? today,
    },
  });
  const { control } = form;
  const [currency, value] = useWatch({ control, name: ["currency", "rate"] });

  const onSubmit = form.handleSubmit(async (values) => {
    // A decimal comma is how half of Europe types a rate.
    const input = { ...values, rate: values.rate.trim().replace(",", ".") };
    const schema = rate ? updateExchangeRateSchema : createExchangeRateSchema;
    if (!parseForForm(schema, input, form.setError, FIELDS)) return;
    const result = rate
      ? await updateExchangeRateAction(slug, rate.id, input)
      : await createExchangeRateAction(slug, input);
    if (!result.ok) return showServerErrors(form.setError, result, FIELDS);
    toast.success(t("saved"));
    dialog?.close();
    router.refresh();
  });

  return (
    <DialogForm
      formState={form.formState}
      onSubmit={onSubmit}
      title={rate ? t("editTitle") : t("addTitle")}
      description={t("rateExample", {
        from: currency.trim().toUpperCase() || "…",
        rate: value || "…",
        to: orgCurrency,
      })}
      submitLabel={tc("save")}
    >
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          control={control}
          name="currency"
          label={t("currency")}
          parse={(text) => text.toUpperCase()}
          placeholder="EUR"
          autoFocus
          autoComplete="off"
          spellCheck={false}
          maxLength={3}
          inputClassName="font-mono uppercase"
          required
        />
        <TextField
          control={control}
          name="rate"
          label={t("rateTo", { currency: orgCurrency })}
          inputMode="decimal"
          placeholder="1.0832"
          autoComplete="off"
          inputClassName="tabular-nums"
          required
        />
        <DateField control={control} name="validFrom" label={t("validFrom")} required />
      </div>
    </DialogForm>
  );
}
