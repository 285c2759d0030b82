"use client";
import { passwordSchema } from "@crm/core/modules/orgs/schemas";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { FormField, fieldErrorProps } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { authClient } from "@/lib/auth-client";

export function ResetPasswordForm({ token }: { token: string | null }) {
  const t = useTranslations("auth");
  const [state, setState] = useState<"form" | "done" | "invalid">(token ? "form" : "invalid");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get("password") ?? "");
    const parsed = passwordSchema.safeParse(password);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? null);
      return;
    }
    if (!token) return;
    setPending(true);
    const { error: failure } = await authClient.resetPassword({ newPassword: password, token });
    setPending(false);
    setState(failure ? "invalid" : "done");
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle as="h1" className="text-xl">
          {t("resetTitle")}
        </CardTitle>
      </CardHeader>
      <CardContent className="grid gap-4">
        {state === "form" ? (
          <form method="post" onSubmit={onSubmit} className="grid gap-4" noValidate>
            <FormField id="password" label={t("newPassword")} error={error}>
              <Input
                id="password"
                name="password"
                type="password"
                autoComplete="new-password"
                required
                autoFocus
                {...fieldErrorProps("password", error)}
              />
            </FormField>
            <Button type="submit" loading={pending}>
              {t("resetPassword")}
            </Button>
          </form>
        ) : (
          <p role="status" className="rounded-md bg-muted px-3 py-2 text-sm">
            {state === "done" ? t("resetDone") : t("resetInvalid")}
          </p>
        )}
        <Link
          href={state === "invalid" ? "/forgot-password" : "/sign-in"}
          className="justify-self-center text-sm text-muted-foreground underline-offset-4 hover:underline"
        >
          {state === "invalid" ? t("forgotTitle") : t("backToSignIn")}
        </Link>
      </CardContent>
    </Card>
  );
}
