"use client";
import type { Role } from "@crm/core/modules/orgs/roles";
import { UserMinus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { authClient } from "@/lib/auth-client";
import { ConfirmDialog } from "./confirm-dialog";
import { dateOptions } from "./format";
import { RoleSelect } from "./role-select";
import { useAuthErrorMessage } from "./use-auth-error-message";

type Member = { memberId: string; userId: string; name: string; email: string; role: Role; joinedAt: Date };

type Props = {
  members: Member[];
  currentUserId: string;
  org: { id: string; name: string };
  canManage: boolean;
  timeZone: string;
};

export function MembersTable({ members, currentUserId, org, canManage, timeZone }: Props) {
  const t = useTranslations("settings");
  const tc = useTranslations("common");
  return (
    <div className="rounded-lg border">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>{t("member")}</TableHead>
            <TableHead>{tc("role")}</TableHead>
            <TableHead className="hidden md:table-cell">{t("joined")}</TableHead>
            {canManage ? (
              <TableHead>
                <span className="sr-only">{tc("actions")}</span>
              </TableHead>
            ) : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {members.map((member) => (
            <MemberRow
              key={member.memberId}
              member={member}
              isSelf={member.userId === currentUserId}
              org={org}
              canManage={canManage}
              timeZone={timeZone}
            />
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

type RowProps = { member: Member; isSelf: boolean; org: Props["org"]; canManage: boolean; timeZone: string };

function MemberRow({ member, isSelf, org, canManage, timeZone }: RowProps) {
  const t = useTranslations("settings");
  const tr = useTranslations("roles");
  const format = useFormatter();
  const router = useRouter();
  const errorMessage = useAuthErrorMessage();
  const [role, setRole] = useState<Role>(member.role);
  const [saving, setSaving] = useState(false);
  const editable = canManage && !isSelf;
  // A refresh may bring a role changed elsewhere.
  useEffect(() => setRole(member.role), [member.role]);

  async function changeRole(next: Role) {
    const previous = role;
    setRole(next);
    setSaving(true);
    const { error } = await authClient.organization.updateMemberRole({
      memberId: member.memberId,
      role: next,
      organizationId: org.id,
    });
    setSaving(false);
    if (error) {
      setRole(previous);
      toast.error(errorMessage(error));
      return;
    }
    toast.success(t("roleChanged"));
    router.refresh();
  }

  async function remove() {
    const { error } = await authClient.organization.removeMember({
      memberIdOrEmail: member.memberId,
      organizationId: org.id,
    });
    if (error) {
      toast.error(errorMessage(error));
      return false;
    }
    toast.success(t("memberRemoved"));
    router.refresh();
    return true;
  }

  return (
    <TableRow>
      <TableCell>
        <div className="flex min-w-32 flex-col">
          <span className="flex items-center gap-2 font-medium">
            {member.name}
            {isSelf ? <Badge variant="muted">{t("you")}</Badge> : null}
          </span>
          <span className="break-all text-muted-foreground text-xs">{member.email}</span>
        </div>
      </TableCell>
      <TableCell>
        {editable ? (
          <RoleSelect
            value={role}
            onChange={changeRole}
            disabled={saving}
            aria-busy={saving || undefined}
            aria-label={t("roleFor", { name: member.name })}
            className="w-36"
          />
        ) : (
          <Badge variant="secondary">{tr(member.role)}</Badge>
        )}
      </TableCell>
      <TableCell className="hidden whitespace-nowrap text-muted-foreground md:table-cell">
        {format.dateTime(member.joinedAt, dateOptions(timeZone))}
      </TableCell>
      {canManage ? (
        <TableCell className="text-right">
          {editable ? (
            <ConfirmDialog
              trigger={
                <Button variant="ghost" size="sm" aria-label={t("removeMemberLabel", { name: member.name })}>
                  <UserMinus aria-hidden="true" />
                  <span className="hidden sm:inline">{t("removeMember")}</span>
                </Button>
              }
              title={t("removeMemberTitle", { name: member.name })}
              description={t("removeMemberText", { org: org.name })}
              confirmLabel={t("removeMember")}
              onConfirm={remove}
            />
          ) : null}
        </TableCell>
      ) : null}
    </TableRow>
  );
}
