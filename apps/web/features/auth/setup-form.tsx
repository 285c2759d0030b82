"use client";
import { type CreateOrgWithAdminInput, createOrgWithAdminSchema } from "@crm/core/modules/orgs/schemas";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";
import { FormField, fieldErrorProps } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Switch } from "@/components/ui/switch";
import { ROOT_ERROR, useServerErrors } from "@/features/forms/use-server-errors";
import { setupAction } from "./actions";

const FIELDS = ["orgName", "name", "email", "password", "defaultCurrency", "timeZone"] as const;

export function SetupForm({ locale }: { locale: "en" | "de" }) {
  const t = useTranslations("auth");
  const tc = useTranslations("common");
  const td = useTranslations("demo");
  const [sampleData, setSampleData] = useState(false);
  const router = useRouter();
  const showServerErrors = useServerErrors();
  const form = useForm<CreateOrgWithAdminInput>({
    resolver: zodResolver(createOrgWithAdminSchema),
    defaultValues: {
      orgName: "",
      name: "",
      email: "",
      password: "",
      locale,
      defaultCurrency: locale === "de" ? "EUR" : "USD",
      timeZone: "UTC",
    },
  });
  const { errors, isSubmitting } = form.formState;

  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone) form.setValue("timeZone", zone);
  }, [form]);

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await setupAction(values, { sampleData });
    if (!result.ok) {
      if (result.code === "conflict" && !result.fieldErrors) {
        form.setError(ROOT_ERROR, { type: result.code, message: t("alreadySetUp") });
      } else showServerErrors(form.setError, result, FIELDS);
      return;
    }
    router.replace(`/o/${result.data.slug}`);
    router.refresh();
  });

  const field = (id: (typeof FIELDS)[number]) => ({
    id,
    ...form.register(id),
    ...fieldErrorProps(id, errors[id]?.message),
  });

  return (
    <Card>
      <CardHeader>
        <CardTitle as="h1" className="text-xl">
          {t("setupTitle")}
        </CardTitle>
        <CardDescription>{t("setupDescription")}</CardDescription>
      </CardHeader>
      <CardContent>
        <form method="post" onSubmit={onSubmit} className="grid gap-4" noValidate>
          <FormField id="orgName" label={t("orgName")} error={errors.orgName?.message} required>
            <Input {...field("orgName")} autoComplete="organization" required autoFocus />
          </FormField>
          <FormField id="name" label={t("yourName")} error={errors.name?.message} required>
            <Input {...field("name")} autoComplete="name" required />
          </FormField>
          <FormField id="email" label={tc("email")} error={errors.email?.message} required>
            <Input {...field("email")} type="email" autoComplete="username" required />
          </FormField>
          <FormField id="password" label={tc("password")} error={errors.password?.message} required>
            <Input {...field("password")} type="password" autoComplete="new-password" required />
          </FormField>
          <div className="grid gap-4 sm:grid-cols-2">
            <FormField
              id="defaultCurrency"
              label={t("defaultCurrency")}
              error={errors.defaultCurrency?.message}
            >
              <Input {...field("defaultCurrency")} maxLength={3} className="uppercase" />
            </FormField>
            <FormField id="timeZone" label={t("timeZone")} error={errors.timeZone?.message}>
              <Input {...field("timeZone")} />
            </FormField>
          </div>
          <div className="flex items-start gap-3">
            <Switch
              id="sampleData"
              checked={sampleData}
              onCheckedChange={setSampleData}
              aria-describedby="sampleData-hint"
            />
            <div className="grid gap-1">
              <label htmlFor="sampleData" className="font-medium text-sm leading-6">
                {td("loadSampleData")}
              </label>
              <p id="sampleData-hint" className="text-muted-foreground text-sm">
                {td("loadSampleDataHint")}
              </p>
            </div>
          </div>
          <FormError message={errors.root?.server?.message} />
          <Button type="submit" loading={isSubmitting} className="w-full">
            {isSubmitting && sampleData ? td("loading") : t("createOrganization")}
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}
