"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { authClient } from "@/lib/auth-client";
import { authErrorKey } from "@/lib/auth-errors";
import { ProviderButtons, type ProviderId } from "./provider-buttons";

export function SignInForm({
  providers,
  next,
  initialError = null,
}: {
  providers: ProviderId[];
  next: string;
  /** A refused provider sign-in, already in the user's language. */
  initialError?: string | null;
}) {
  const t = useTranslations("auth");
  const tc = useTranslations("common");
  const te = useTranslations("errors");
  const router = useRouter();
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const { error: failure } = await authClient.signIn.email({
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    });
    if (failure) {
      setPending(false);
      const body = failure as {
        code?: string;
        status?: number;
        retryAfterSeconds?: number;
        message?: string;
      };
      if (body.code === "SIGN_IN_THROTTLED" || body.status === 429) {
        const seconds = body.retryAfterSeconds ?? Number(/(\d+) s/.exec(body.message ?? "")?.[1] ?? 60);
        setError(t("throttled", { seconds }));
      } else if (authErrorKey(body) === "errors.invalidOrigin") {
        setError(te("invalidOrigin", { origin: window.location.origin }));
      } else if (body.status === 401) {
        setError(t("invalidCredentials"));
      } else {
        setError(body.message ?? t("invalidCredentials"));
      }
      return;
    }
    router.replace(next);
    router.refresh();
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle as="h1" className="text-xl">
          {t("signInTitle")}
        </CardTitle>
        <CardDescription>{t("signInDescription")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-6">
        <form method="post" onSubmit={onSubmit} className="grid gap-4" noValidate>
          <FormField id="email" label={tc("email")}>
            <Input id="email" name="email" type="email" autoComplete="username" required autoFocus />
          </FormField>
          <FormField id="password" label={tc("password")}>
            <Input id="password" name="password" type="password" autoComplete="current-password" required />
          </FormField>
          <FormError message={error} />
          <Button type="submit" loading={pending} className="w-full">
            {pending ? t("signingIn") : t("signIn")}
          </Button>
          <Link
            href="/forgot-password"
            className="justify-self-center text-sm text-muted-foreground underline-offset-4 hover:underline"
          >
            {t("forgotPassword")}
          </Link>
        </form>
        <ProviderButtons providers={providers} next={next} />
      </CardContent>
    </Card>
  );
}
