"use client";
import { type UpdateOrgSettingsInput, updateOrgSettingsSchema } from "@crm/core/modules/orgs/schemas";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardFooter } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";
import { FormField, fieldErrorProps } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Switch } from "@/components/ui/switch";
import { applyServerErrors } from "@/features/shell/use-server-errors";
import type { CurrencyOption } from "./currency-options";
import { updateOrgSettingsAction } from "./organization-actions";

const FIELDS = ["name", "defaultCurrency", "timeZone"] as const;

type Props = {
  slug: string;
  defaults: UpdateOrgSettingsInput;
  timeZones: string[];
  currencies: CurrencyOption[];
};

export function OrganizationForm({ slug, defaults, timeZones, currencies }: Props) {
  const t = useTranslations("settings");
  const tc = useTranslations("common");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<UpdateOrgSettingsInput>({
    resolver: zodResolver(updateOrgSettingsSchema),
    defaultValues: defaults,
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await updateOrgSettingsAction(slug, values);
    if (!result.ok) {
      setFormError(applyServerErrors(result, form.setError, FIELDS));
      return;
    }
    form.reset(values);
    toast.success(tc("saved"));
    router.refresh();
  });

  const field = (id: (typeof FIELDS)[number], text?: string) => ({
    id,
    ...form.register(id),
    ...fieldErrorProps(id, errors[id]?.message, text),
  });

  return (
    <Card>
      <form onSubmit={onSubmit} noValidate className="grid gap-6">
        <CardContent className="grid gap-4">
          <FormField id="name" label={t("orgName")} error={errors.name?.message} required>
            <Input {...field("name")} autoComplete="organization" required />
          </FormField>
          <div className="grid gap-4 sm:grid-cols-2">
            <FormField
              id="defaultCurrency"
              label={t("defaultCurrency")}
              error={errors.defaultCurrency?.message}
              hint={t("currencyHint")}
              required
            >
              {/* A choice of ISO 4217 codes: free text let "EURO" or "$" through to the schema's error. */}
              <Controller
                control={form.control}
                name="defaultCurrency"
                render={({ field: { value, onChange, onBlur } }) => (
                  <Select value={value} onValueChange={onChange}>
                    <SelectTrigger
                      id="defaultCurrency"
                      onBlur={onBlur}
                      {...fieldErrorProps(
                        "defaultCurrency",
                        errors.defaultCurrency?.message,
                        t("currencyHint"),
                      )}
                    >
                      {/* Given as children: Radix fills an empty value in only after hydration. */}
                      <SelectValue>{currencyLabel(currencies.find((c) => c.code === value))}</SelectValue>
                    </SelectTrigger>
                    <SelectContent>
                      {currencies.map((c) => (
                        <SelectItem key={c.code} value={c.code}>
                          {currencyLabel(c)}
                        </SelectItem>
                      ))}
                    </SelectContent>
                  </Select>
                )}
              />
            </FormField>
            <FormField
              id="timeZone"
              label={t("timeZone")}
              error={errors.timeZone?.message}
              hint={t("timeZoneHint")}
              required
            >
              <Input
                {...field("timeZone", t("timeZoneHint"))}
                list="time-zones"
                autoComplete="off"
                spellCheck={false}
                required
              />
              <datalist id="time-zones">
                {timeZones.map((zone) => (
                  <option key={zone} value={zone} />
                ))}
              </datalist>
            </FormField>
          </div>
          <div className="flex items-start gap-3 rounded-md border p-3">
            <Controller
              control={form.control}
              name="repsCanReadAll"
              render={({ field: { value, onChange } }) => (
                <Switch
                  id="repsCanReadAll"
                  checked={value === true}
                  onCheckedChange={onChange}
                  aria-describedby="repsCanReadAll-hint"
                  className="mt-0.5"
                />
              )}
            />
            <div className="grid gap-1">
              <Label htmlFor="repsCanReadAll">{t("repsCanReadAll")}</Label>
              <p id="repsCanReadAll-hint" className="text-muted-foreground text-sm">
                {t("repsCanReadAllHint")}
              </p>
            </div>
          </div>
          <FormError message={formError} />
        </CardContent>
        <CardFooter className="justify-end">
          <Button type="submit" loading={isSubmitting}>
            {tc("save")}
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}

const currencyLabel = (c: { code: string; name: string } | undefined): string =>
  !c ? "" : c.code === c.name ? c.code : `${c.code} – ${c.name}`;
