import { getOrgSettings } from "@crm/core/modules/orgs/get-org-settings";
import { listMembers, listPendingInvitations } from "@crm/core/modules/orgs/list-members";
import { can } from "@crm/core/platform/permissions";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/features/shell/page-header";
import { requireOrgContext } from "@/lib/org-context";
import { InviteMemberDialog } from "./invite-member-dialog";
import { MailStatusNotice } from "./mail-status-notice";
import { MembersTable } from "./members-table";
import { PendingInvitations } from "./pending-invitations";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("members") };
}

export async function MembersPage({ params }: Props) {
  const { slug } = await params;
  const { ctx, org, user } = await requireOrgContext(slug);
  const t = await getTranslations("settings");
  const canManage = can(ctx, "members:manage");
  // One after the other: on PGlite every query shares one connection.
  const { timeZone } = await getOrgSettings(ctx);
  const members = await listMembers(ctx);
  const invitations = canManage ? await listPendingInvitations(ctx) : [];
  return (
    <>
      <PageHeader
        title={t("members")}
        description={t("membersDescription", { org: org.name })}
        actions={canManage ? <InviteMemberDialog orgId={org.id} /> : null}
      />
      <div className="flex flex-col gap-8">
        {canManage ? <MailStatusNotice text="members" whenConfigured={false} /> : null}
        <MembersTable
          members={members}
          currentUserId={user.id}
          org={{ id: org.id, name: org.name }}
          canManage={canManage}
          timeZone={timeZone}
        />
        {canManage && invitations.length > 0 ? (
          <PendingInvitations invitations={invitations} timeZone={timeZone} />
        ) : null}
      </div>
    </>
  );
}
