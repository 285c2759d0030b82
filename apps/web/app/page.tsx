// / – routes a visitor to setup (fresh install), sign-in, or their organization
import { isInstalled } from "@crm/core/modules/orgs/is-installed";
import { listUserOrgs } from "@crm/core/modules/orgs/list-user-orgs";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { NoOrganization } from "@/features/shell/no-organization";
import { getSession } from "@/lib/session";

export default async function Home() {
  // Rendered per request: the build must not read the database (it would hold the embedded one's lock).
  await connection();
  if (!(await isInstalled())) redirect("/setup");
  const session = await getSession();
  if (!session) redirect("/sign-in");
  const orgs = await listUserOrgs(session.user.id);
  const active = orgs.find((o) => o.id === session.session.activeOrganizationId) ?? orgs[0];
  if (!active) return <NoOrganization email={session.user.email} />;
  redirect(`/o/${active.slug}`);
}
