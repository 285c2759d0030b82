"use client";
import { type UpdateOrgSettingsInput, updateOrgSettingsSchema } from "@crm/core/modules/orgs/schemas";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardFooter } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";
import { FormField, fieldErrorProps } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { SelectField, SwitchField } from "@/features/forms/form-fields";
import { useServerErrors } from "@/features/forms/use-server-errors";
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
  const showServerErrors = useServerErrors();
  const form = useForm<UpdateOrgSettingsInput>({
    resolver: zodResolver(updateOrgSettingsSchema),
    defaultValues: defaults,
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await updateOrgSettingsAction(slug, values);
    if (!result.ok) return showServerErrors(form.setError, result, FIELDS);
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
            {/* A choice of ISO 4217 codes: free text let "EURO" or "$" through to the schema's error. */}
            <SelectField
              control={form.control}
              name="defaultCurrency"
              id="defaultCurrency"
              label={t("defaultCurrency")}
              hint={t("currencyHint")}
              required
              options={currencies.map((c) => ({ value: c.code, label: currencyLabel(c) }))}
            />
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
          <SwitchField
            control={form.control}
            name="repsCanReadAll"
            id="repsCanReadAll"
            label={t("repsCanReadAll")}
            hint={t("repsCanReadAllHint")}
            className="rounded-md border p-3"
          />
          <FormError message={errors.root?.server?.message} />
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

const currencyLabel = (c: { code: string; name: string }): string =>
  c.code === c.name ? c.code : `${c.code} – ${c.name}`;
