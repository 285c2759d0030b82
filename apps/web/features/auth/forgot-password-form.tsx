"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { authClient } from "@/lib/auth-client";

/** `mailConfigured`: the server mails reset links (SMTP_URL); otherwise they go to its log only. */
export function ForgotPasswordForm({ mailConfigured }: { mailConfigured: boolean }) {
  const t = useTranslations("auth");
  const tc = useTranslations("common");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "").trim();
    if (!email) return;
    setPending(true);
    // The answer is the same whether or not the account exists, so nobody can probe for emails.
    await authClient.requestPasswordReset({ email, redirectTo: "/reset-password" });
    setPending(false);
    setSentTo(email);
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle as="h1" className="text-xl">
          {t("forgotTitle")}
        </CardTitle>
        <CardDescription>{t("forgotDescription")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {sentTo ? (
          <p role="status" className="rounded-md bg-muted px-3 py-2 text-sm">
            {t(mailConfigured ? "resetLinkMailed" : "resetLinkSent", { email: sentTo })}
          </p>
        ) : (
          <form onSubmit={onSubmit} className="grid gap-4">
            <FormField id="email" label={tc("email")}>
              <Input id="email" name="email" type="email" autoComplete="username" required autoFocus />
            </FormField>
            <Button type="submit" loading={pending}>
              {t("sendResetLink")}
            </Button>
          </form>
        )}
        <Link
          href="/sign-in"
          className="justify-self-center text-sm text-muted-foreground underline-offset-4 hover:underline"
        >
          {t("backToSignIn")}
        </Link>
      </CardContent>
    </Card>
  );
}
