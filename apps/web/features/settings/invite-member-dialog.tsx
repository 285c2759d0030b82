"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { UserPlus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import {
  DialogClose,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { DialogForm, FormDialog } from "@/features/forms/form-dialog";
import { TextField } from "@/features/forms/form-fields";
import { ROOT_ERROR } from "@/features/forms/use-server-errors";
import { authClient } from "@/lib/auth-client";
import { CopyField } from "./copy-field";
import { invitationLink } from "./pending-invitations";
import { RoleField } from "./role-select";
import { type InviteMemberInput, inviteMemberSchema } from "./schemas";
import { useAuthErrorMessage } from "./use-auth-error-message";

type Sent = { email: string; link: string };

export function InviteMemberDialog({ orgId }: { orgId: string }) {
  const t = useTranslations("settings");
  const [sent, setSent] = useState<Sent | null>(null);
  return (
    <FormDialog
      trigger={
        <Button>
          <UserPlus aria-hidden="true" />
          {t("inviteMember")}
        </Button>
      }
      onOpenChange={(open) => !open && setSent(null)}
    >
      {sent ? <InvitationSent sent={sent} /> : <InviteForm orgId={orgId} onSent={setSent} />}
    </FormDialog>
  );
}

function InviteForm({ orgId, onSent }: { orgId: string; onSent: (sent: Sent) => void }) {
  const t = useTranslations("settings");
  const tc = useTranslations("common");
  const router = useRouter();
  const errorMessage = useAuthErrorMessage();
  const form = useForm<InviteMemberInput>({
    resolver: zodResolver(inviteMemberSchema),
    defaultValues: { email: "", role: "rep" },
  });

  const onSubmit = form.handleSubmit(async (values) => {
    const parsed = inviteMemberSchema.parse(values);
    const { data, error } = await authClient.organization.inviteMember({ ...parsed, organizationId: orgId });
    if (error || !data) {
      const message = errorMessage(error ?? {});
      const onEmail = error?.code === "USER_IS_ALREADY_A_MEMBER_OF_THIS_ORGANIZATION";
      form.setError(onEmail ? "email" : ROOT_ERROR, { type: "server", message }, { shouldFocus: onEmail });
      return;
    }
    onSent({ email: parsed.email, link: invitationLink(data.id) });
    router.refresh();
  });

  return (
    <DialogForm
      formState={form.formState}
      onSubmit={onSubmit}
      title={t("inviteMember")}
      description={t("inviteDescription")}
      submitLabel={t("invite")}
    >
      <TextField
        control={form.control}
        name="email"
        label={tc("email")}
        type="email"
        autoComplete="off"
        required
        autoFocus
      />
      <RoleField control={form.control} name="role" label={tc("role")} />
    </DialogForm>
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
