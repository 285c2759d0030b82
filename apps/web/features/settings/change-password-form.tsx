"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";
import { FormField, fieldErrorProps } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { authClient } from "@/lib/auth-client";
import { type ChangePasswordInput, changePasswordSchema } from "./schemas";

export function ChangePasswordForm({ email }: { email: string }) {
  const t = useTranslations("settings");
  const te = useTranslations("errors");
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ChangePasswordInput>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { currentPassword: "", newPassword: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    // Other sessions end: whoever knew the old password is signed out everywhere else.
    const { error } = await authClient.changePassword({ ...values, revokeOtherSessions: true });
    if (error) {
      if (error.code === "INVALID_PASSWORD") {
        form.setError(
          "currentPassword",
          { type: "server", message: t("wrongPassword") },
          { shouldFocus: true },
        );
      } else {
        setFormError(error.message ?? te("generic"));
      }
      return;
    }
    form.reset();
    toast.success(t("passwordChanged"));
  });

  return (
    <Card>
      <form method="post" onSubmit={onSubmit} noValidate className="grid gap-6">
        <CardHeader>
          <CardTitle as="h2">{t("changePassword")}</CardTitle>
          <CardDescription>{t("changePasswordDescription")}</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          {/* Lets password managers tie the new password to the right account. */}
          <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
          <FormField
            id="currentPassword"
            label={t("currentPassword")}
            error={errors.currentPassword?.message}
            required
          >
            <Input
              id="currentPassword"
              type="password"
              {...form.register("currentPassword")}
              autoComplete="current-password"
              required
              {...fieldErrorProps("currentPassword", errors.currentPassword?.message)}
            />
          </FormField>
          <FormField id="newPassword" label={t("newPassword")} error={errors.newPassword?.message} required>
            <Input
              id="newPassword"
              type="password"
              {...form.register("newPassword")}
              autoComplete="new-password"
              required
              {...fieldErrorProps("newPassword", errors.newPassword?.message)}
            />
          </FormField>
          <FormError message={formError} />
        </CardContent>
        <CardFooter className="justify-end">
          <Button type="submit" loading={isSubmitting}>
            {t("changePassword")}
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}
