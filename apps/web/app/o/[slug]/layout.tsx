import type { ReactNode } from "react";
import { AppShell } from "@/features/shell/app-shell";
import { requireOrgContext } from "@/lib/org-context";

export default async function OrgLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ slug: string }>;
}) {
  const { slug } = await params;
  const { org, user, ctx } = await requireOrgContext(slug);
  return (
    <AppShell org={org} user={{ id: user.id, name: user.name, email: user.email }} role={ctx.role}>
      {children}
    </AppShell>
  );
}
