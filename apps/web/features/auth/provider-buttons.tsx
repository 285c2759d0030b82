"use client";
import type { oauthProviders } from "@crm/core/platform/env";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { authClient } from "@/lib/auth-client";

export type ProviderId = keyof typeof oauthProviders;

const PROVIDER_NAMES: Record<ProviderId, string> = {
  google: "Google",
  github: "GitHub",
  microsoft: "Microsoft",
};

/**
 * "Continue with …" for each configured provider. The server signs in existing users and creates
 * accounts only for invited emails; refusals come back to the sign-in page with `?error=`.
 */
export function ProviderButtons({ providers, next }: { providers: ProviderId[]; next: string }) {
  const t = useTranslations("auth");
  const tc = useTranslations("common");
  if (providers.length === 0) return null;
  return (
    <div className="grid gap-2">
      <p className="text-center text-xs uppercase text-muted-foreground">{tc("or")}</p>
      {providers.map((provider) => (
        <Button
          key={provider}
          type="button"
          variant="outline"
          onClick={() =>
            authClient.signIn.social({
              provider,
              callbackURL: next,
              errorCallbackURL: `/sign-in?next=${encodeURIComponent(next)}`,
            })
          }
        >
          {t("continueWith", { provider: PROVIDER_NAMES[provider] })}
        </Button>
      ))}
    </div>
  );
}
