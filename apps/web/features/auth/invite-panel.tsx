"use client";
import type { Role } from "@crm/core/modules/orgs/roles";
import {
  type AcceptInvitationAsNewUserInput,
  acceptInvitationAsNewUserSchema,
} from "@crm/core/modules/orgs/schemas";
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button, buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";
import { FormField, fieldErrorProps } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useServerErrors } from "@/features/forms/use-server-errors";
import { authClient } from "@/lib/auth-client";
import { authErrorKey } from "@/lib/auth-errors";
import { acceptInvitationAsNewUserAction } from "./actions";
import { ProviderButtons, type ProviderId } from "./provider-buttons";

type InvitationView = { id: string; email: string; role: Role; orgName: string; orgSlug: string };

type Props =
  | { mode: "invalid" }
  | { mode: "accept" | "wrong-user"; invitation: InvitationView; currentEmail: string }
  | { mode: "sign-in"; invitation: InvitationView }
  | { mode: "create"; invitation: InvitationView; providers: ProviderId[] };

export function InvitePanel(props: Props) {
  const t = useTranslations("auth");
  const tr = useTranslations("roles");
  if (props.mode === "invalid") {
    return (
      <Card>
        <CardHeader>
          <CardTitle as="h1" className="text-xl">
            {t("acceptInvite")}
          </CardTitle>
          <CardDescription role="alert">{t("inviteInvalid")}</CardDescription>
        </CardHeader>
      </Card>
    );
  }
  const { invitation } = props;
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h1" className="text-xl">
          {t("inviteTitle", { org: invitation.orgName })}
        </CardTitle>
        <CardDescription>
          {t("inviteDescription", { org: invitation.orgName, role: tr(invitation.role) })}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {props.mode === "accept" ? <AcceptButton invitation={invitation} /> : null}
        {props.mode === "wrong-user" ? (
          <WrongUser invitation={invitation} currentEmail={props.currentEmail} />
        ) : null}
        {props.mode === "sign-in" ? (
          <>
            <p className="text-sm">{t("existingAccount", { email: invitation.email })}</p>
            <Link href={`/sign-in?next=/invite/${invitation.id}`} className={buttonVariants()}>
              {t("signIn")}
            </Link>
          </>
        ) : null}
        {props.mode === "create" ? (
          <>
            <CreateAccountForm invitation={invitation} />
            <ProviderButtons providers={props.providers} next={`/invite/${invitation.id}`} />
          </>
        ) : null}
      </CardContent>
    </Card>
  );
}

function AcceptButton({ invitation }: { invitation: InvitationView }) {
  const t = useTranslations("auth");
  const te = useTranslations("errors");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function accept() {
    setPending(true);
    const { error: failure } = await authClient.organization.acceptInvitation({
      invitationId: invitation.id,
    });
    if (failure) {
      setPending(false);
      setError(
        authErrorKey(failure) === "errors.invalidOrigin"
          ? te("invalidOrigin", { origin: window.location.origin })
          : (failure.message ?? te("generic")),
      );
      return;
    }
    router.replace(`/o/${invitation.orgSlug}`);
    router.refresh();
  }
  return (
    <>
      {error ? (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
      <Button onClick={accept} loading={pending}>
        {t("acceptInvite")}
      </Button>
    </>
  );
}

function WrongUser({ invitation, currentEmail }: { invitation: InvitationView; currentEmail: string }) {
  const t = useTranslations("auth");
  const router = useRouter();
  return (
    <>
      <p role="alert" className="text-sm">
        {t("inviteWrongUser", { current: currentEmail, invited: invitation.email })}
      </p>
      <Button
        variant="outline"
        onClick={async () => {
          await authClient.signOut();
          router.refresh();
        }}
      >
        {t("signOut")}
      </Button>
    </>
  );
}

function CreateAccountForm({ invitation }: { invitation: InvitationView }) {
  const t = useTranslations("auth");
  const tc = useTranslations("common");
  const router = useRouter();
  const showServerErrors = useServerErrors();
  const form = useForm<AcceptInvitationAsNewUserInput>({
    resolver: zodResolver(acceptInvitationAsNewUserSchema),
    defaultValues: { invitationId: invitation.id, name: "", password: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await acceptInvitationAsNewUserAction(values);
    if (!result.ok) return showServerErrors(form.setError, result, ["name", "password"]);
    router.replace(`/o/${result.data.slug}`);
    router.refresh();
  });
  return (
    <form method="post" onSubmit={onSubmit} className="grid gap-4" noValidate>
      <FormField id="invite-email" label={tc("email")}>
        <Input id="invite-email" value={invitation.email} readOnly disabled />
      </FormField>
      <FormField id="name" label={t("yourName")} error={errors.name?.message} required>
        <Input
          id="name"
          {...form.register("name")}
          autoComplete="name"
          required
          autoFocus
          {...fieldErrorProps("name", errors.name?.message)}
        />
      </FormField>
      <FormField id="password" label={tc("password")} error={errors.password?.message} required>
        <Input
          id="password"
          type="password"
          {...form.register("password")}
          autoComplete="new-password"
          required
          {...fieldErrorProps("password", errors.password?.message)}
        />
      </FormField>
      <FormError message={errors.root?.server?.message} />
      <Button type="submit" loading={isSubmitting}>
        {t("createAccountAndJoin")}
      </Button>
    </form>
  );
}
