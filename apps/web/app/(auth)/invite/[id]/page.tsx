// /invite/[id] – invitation link: accept, sign in to accept, or create an account and join
import { userExistsWithEmail } from "@crm/core/modules/auth/user-exists";
import { getPendingInvitation } from "@crm/core/modules/orgs/get-invitation";
import { oauthProviders } from "@crm/core/platform/env";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InvitePanel } from "@/features/auth/invite-panel";
import { getSession } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("acceptInvite") };
}

export default async function InvitePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const invitation = await getPendingInvitation(id);
  if (!invitation) return <InvitePanel mode="invalid" />;
  const session = await getSession();
  const view = {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    orgName: invitation.org.name,
    orgSlug: invitation.org.slug,
  };
  if (session) {
    const same = session.user.email.toLowerCase() === invitation.email.toLowerCase();
    return (
      <InvitePanel
        mode={same ? "accept" : "wrong-user"}
        invitation={view}
        currentEmail={session.user.email}
      />
    );
  }
  const exists = await userExistsWithEmail(invitation.email);
  if (exists) return <InvitePanel mode="sign-in" invitation={view} />;
  // An invited email may also sign up through a provider that verified it (see oauth-user-policy).
  const providers = Object.entries(oauthProviders)
    .filter(([, enabled]) => enabled)
    .map(([id]) => id as keyof typeof oauthProviders);
  return <InvitePanel mode="create" invitation={view} providers={providers} />;
}
