"use client";
import { LOCALES, type UpdateProfileInput, updateProfileSchema } from "@crm/core/modules/users/schemas";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";
import { FormField, fieldErrorProps } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { SelectField } from "@/features/forms/form-fields";
import { useServerErrors } from "@/features/forms/use-server-errors";
import { LANGUAGE_NAMES } from "@/features/shell/locale-switch";
import { updateProfileAction } from "./profile-actions";

const FIELDS = ["name", "locale"] as const;

export function ProfileForm({ defaults, email }: { defaults: UpdateProfileInput; email: string }) {
  const t = useTranslations("settings");
  const tc = useTranslations("common");
  const router = useRouter();
  const showServerErrors = useServerErrors();
  const form = useForm<UpdateProfileInput>({
    resolver: zodResolver(updateProfileSchema),
    defaultValues: defaults,
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await updateProfileAction(values);
    if (!result.ok) return showServerErrors(form.setError, result, FIELDS);
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
          <SelectField
            control={form.control}
            name="locale"
            id="locale"
            label={t("language")}
            triggerClassName="sm:max-w-xs"
            options={LOCALES.map((code) => ({ value: code, label: LANGUAGE_NAMES[code], lang: code }))}
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
