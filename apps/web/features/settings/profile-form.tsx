"use client";
import { LOCALES, type UpdateProfileInput, updateProfileSchema } from "@crm/core/modules/users/schemas";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";
import { FormField, fieldErrorProps } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { LANGUAGE_NAMES } from "@/features/shell/locale-switch";
import { applyServerErrors } from "@/features/shell/use-server-errors";
import { updateProfileAction } from "./profile-actions";

const FIELDS = ["name", "locale"] as const;

export function ProfileForm({ defaults, email }: { defaults: UpdateProfileInput; email: string }) {
  const t = useTranslations("settings");
  const tc = useTranslations("common");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<UpdateProfileInput>({
    resolver: zodResolver(updateProfileSchema),
    defaultValues: defaults,
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await updateProfileAction(values);
    if (!result.ok) {
      setFormError(applyServerErrors(result, form.setError, FIELDS));
      return;
    }
    form.reset(values);
    toast.success(tc("saved"));
    router.refresh();
  });

  return (
    <Card>
      <form onSubmit={onSubmit} noValidate className="grid gap-6">
        <CardHeader>
          <CardTitle as="h2">{t("personalDetails")}</CardTitle>
          <CardDescription>{t("personalDetailsDescription")}</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          <FormField id="profile-email" label={tc("email")}>
            <Input id="profile-email" value={email} readOnly disabled />
          </FormField>
          <FormField id="name" label={tc("name")} error={errors.name?.message} required>
            <Input
              id="name"
              {...form.register("name")}
              autoComplete="name"
              required
              {...fieldErrorProps("name", errors.name?.message)}
            />
          </FormField>
          <FormField id="locale" label={t("language")} error={errors.locale?.message}>
            <Controller
              control={form.control}
              name="locale"
              render={({ field }) => (
                <Select value={field.value} onValueChange={field.onChange}>
                  <SelectTrigger
                    id="locale"
                    className="sm:max-w-xs"
                    {...fieldErrorProps("locale", errors.locale?.message)}
                  >
                    <SelectValue />
                  </SelectTrigger>
                  <SelectContent>
                    {LOCALES.map((code) => (
                      <SelectItem key={code} value={code} lang={code}>
                        {LANGUAGE_NAMES[code]}
                      </SelectItem>
                    ))}
                  </SelectContent>
                </Select>
              )}
            />
          </FormField>
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
