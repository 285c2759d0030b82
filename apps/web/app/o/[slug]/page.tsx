// /o/[slug] – the organization's start page

import { can } from "@crm/core/platform/permissions";
import { Building2, Key, Languages, Sun, Users } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { IntentLink } from "@/components/intent-link";
import { Badge } from "@/components/ui/badge";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/features/shell/page-header";
import { requireOrgContext } from "@/lib/org-context";

export default async function OrgHome({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { org, user, ctx } = await requireOrgContext(slug);
  const t = await getTranslations("home");
  const tr = await getTranslations("roles");
  const steps = [
    // The daily starting point comes first; the setup steps follow.
    { href: "my-day", icon: Sun, title: t("myDayTitle"), text: t("myDayText"), show: true },
    {
      href: "settings/members",
      icon: Users,
      title: t("inviteTitle"),
      text: t("inviteText"),
      show: can(ctx, "members:manage"),
    },
    { href: "settings/organization", icon: Building2, title: t("orgTitle"), text: t("orgText"), show: true },
    {
      href: "settings/api-keys",
      icon: Key,
      title: t("apiTitle"),
      text: t("apiText"),
      show: can(ctx, "apiKeys:manage"),
    },
    {
      href: "settings/profile",
      icon: Languages,
      title: t("profileTitle"),
      text: t("profileText"),
      show: true,
    },
  ].filter((s) => s.show);
  return (
    <>
      <PageHeader
        title={t("title", { name: user.name })}
        description={t("description", { org: org.name })}
        actions={<Badge variant="secondary">{t("yourRole", { role: tr(ctx.role) })}</Badge>}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        {steps.map((step) => (
          <IntentLink
            key={step.href}
            href={`/o/${slug}/${step.href}`}
            className="group rounded-xl focus-visible:outline-none"
          >
            <Card className="h-full transition-colors group-hover:border-primary/50 group-focus-visible:ring-2 group-focus-visible:ring-ring">
              <CardHeader>
                <step.icon className="mb-2 size-5 text-primary" aria-hidden="true" />
                <CardTitle as="h2">{step.title}</CardTitle>
                <CardDescription>{step.text}</CardDescription>
              </CardHeader>
            </Card>
          </IntentLink>
        ))}
      </div>
    </>
  );
}
