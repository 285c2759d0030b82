"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { UserPlus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { FormField, fieldErrorProps } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { authClient } from "@/lib/auth-client";
import { CopyField } from "./copy-field";
import { invitationLink } from "./pending-invitations";
import { RoleSelect } from "./role-select";
import { type InviteMemberInput, inviteMemberSchema } from "./schemas";
import { useAuthErrorMessage } from "./use-auth-error-message";

type Sent = { email: string; link: string };

export function InviteMemberDialog({ orgId }: { orgId: string }) {
  const t = useTranslations("settings");
  const tc = useTranslations("common");
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState<Sent | null>(null);
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setSent(null);
      }}
    >
      <DialogTrigger asChild>
        <Button>
          <UserPlus aria-hidden="true" />
          {t("inviteMember")}
        </Button>
      </DialogTrigger>
      <DialogContent closeLabel={tc("close")}>
        {sent ? <InvitationSent sent={sent} /> : <InviteForm orgId={orgId} onSent={setSent} />}
      </DialogContent>
    </Dialog>
  );
}

function InviteForm({ orgId, onSent }: { orgId: string; onSent: (sent: Sent) => void }) {
  const t = useTranslations("settings");
  const tc = useTranslations("common");
  const tr = useTranslations("roles");
  const router = useRouter();
  const errorMessage = useAuthErrorMessage();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<InviteMemberInput>({
    resolver: zodResolver(inviteMemberSchema),
    defaultValues: { email: "", role: "rep" },
  });
  const { errors, isSubmitting } = form.formState;
  const role = form.watch("role");

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const parsed = inviteMemberSchema.parse(values);
    const { data, error } = await authClient.organization.inviteMember({ ...parsed, organizationId: orgId });
    if (error || !data) {
      const message = errorMessage(error ?? {});
      if (error?.code === "USER_IS_ALREADY_A_MEMBER_OF_THIS_ORGANIZATION") {
        form.setError("email", { type: "server", message }, { shouldFocus: true });
      } else {
        setFormError(message);
      }
      return;
    }
    onSent({ email: parsed.email, link: invitationLink(data.id) });
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <DialogHeader>
        <DialogTitle>{t("inviteMember")}</DialogTitle>
        <DialogDescription>{t("inviteDescription")}</DialogDescription>
      </DialogHeader>
      <FormField id="invite-email" label={tc("email")} error={errors.email?.message} required>
        <Input
          id="invite-email"
          type="email"
          {...form.register("email")}
          autoComplete="off"
          required
          autoFocus
          {...fieldErrorProps("invite-email", errors.email?.message)}
        />
      </FormField>
      <FormField id="invite-role" label={tc("role")} error={errors.role?.message} hint={tr(`${role}Hint`)}>
        <Controller
          control={form.control}
          name="role"
          render={({ field }) => (
            <RoleSelect
              id="invite-role"
              value={field.value}
              onChange={field.onChange}
              {...fieldErrorProps("invite-role", errors.role?.message, tr(`${role}Hint`))}
            />
          )}
        />
      </FormField>
      <FormError message={formError} />
      <DialogFooter>
        <DialogClose asChild>
          <Button type="button" variant="outline">
            {tc("cancel")}
          </Button>
        </DialogClose>
        <Button type="submit" loading={isSubmitting}>
          {t("invite")}
        </Button>
      </DialogFooter>
    </form>
  );
}

function InvitationSent({ sent }: { sent: Sent }) {
  const t = useTranslations("settings");
  const tc = useTranslations("common");
  return (
    <>
      <DialogHeader>
        <DialogTitle>{t("inviteLinkTitle")}</DialogTitle>
        <DialogDescription>{t("inviteLinkText", { email: sent.email })}</DialogDescription>
      </DialogHeader>
      <CopyField id="invite-link" value={sent.link} label={t("inviteLink")} testId="invite-link" />
      <DialogFooter>
        <DialogClose asChild>
          <Button type="button">{tc("close")}</Button>
        </DialogClose>
      </DialogFooter>
    </>
  );
}
