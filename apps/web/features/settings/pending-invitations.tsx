"use client";
import type { Role } from "@crm/core/modules/orgs/roles";
import { Link2, X } from "lucide-react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { authClient } from "@/lib/auth-client";
import { copyText } from "./copy-field";
import { dateOptions } from "./format";
import { useAuthErrorMessage } from "./use-auth-error-message";

type Invitation = { id: string; email: string; role: Role; expiresAt: Date };

export const invitationLink = (id: string) => `${window.location.origin}/invite/${id}`;

export function PendingInvitations({
  invitations,
  timeZone,
}: {
  invitations: Invitation[];
  timeZone: string;
}) {
  const t = useTranslations("settings");
  return (
    <Card className="gap-4">
      <CardHeader>
        <CardTitle as="h2">{t("pendingInvitations")}</CardTitle>
      </CardHeader>
      <CardContent>
        <ul className="divide-y">
          {invitations.map((invitation) => (
            <InvitationItem key={invitation.id} invitation={invitation} timeZone={timeZone} />
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}

function InvitationItem({ invitation, timeZone }: { invitation: Invitation; timeZone: string }) {
  const t = useTranslations("settings");
  const tr = useTranslations("roles");
  const tc = useTranslations("common");
  const format = useFormatter();
  const router = useRouter();
  const errorMessage = useAuthErrorMessage();
  const [canceling, setCanceling] = useState(false);

  async function copyLink() {
    const ok = await copyText(invitationLink(invitation.id));
    if (ok) toast.success(tc("copied"));
    else toast.error(tc("copyFailed"));
  }

  async function cancel() {
    setCanceling(true);
    const { error } = await authClient.organization.cancelInvitation({ invitationId: invitation.id });
    setCanceling(false);
    if (error) {
      toast.error(errorMessage(error));
      return;
    }
    toast.success(t("invitationCanceled"));
    router.refresh();
  }

  return (
    <li className="flex flex-col gap-2 py-3 first:pt-0 last:pb-0 sm:flex-row sm:items-center sm:justify-between">
      <div className="grid min-w-0 gap-1">
        <span className="break-all font-medium">{invitation.email}</span>
        <span className="flex flex-wrap items-center gap-2 text-muted-foreground text-xs">
          <Badge variant="secondary">{tr(invitation.role)}</Badge>
          {t("expires", { date: format.dateTime(invitation.expiresAt, dateOptions(timeZone)) })}
        </span>
      </div>
      <div className="flex shrink-0 gap-2">
        <Button
          variant="outline"
          size="sm"
          onClick={copyLink}
          aria-label={t("copyInviteLinkFor", { email: invitation.email })}
        >
          <Link2 aria-hidden="true" />
          {t("copyInviteLink")}
        </Button>
        <Button
          variant="ghost"
          size="sm"
          onClick={cancel}
          loading={canceling}
          aria-label={t("cancelInvitationFor", { email: invitation.email })}
        >
          {canceling ? null : <X aria-hidden="true" />}
          {t("cancelInvitation")}
        </Button>
      </div>
    </li>
  );
}
