import { LOCALES, type Locale } from "@crm/core/modules/users/schemas";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/features/shell/page-header";
import { requireOrgContext } from "@/lib/org-context";
import { ChangePasswordForm } from "./change-password-form";
import { ProfileForm } from "./profile-form";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("profile") };
}

export async function ProfilePage({ params }: Props) {
  const { slug } = await params;
  const { user } = await requireOrgContext(slug);
  const t = await getTranslations("settings");
  const current = await getLocale();
  const locale: Locale =
    LOCALES.find((code) => code === user.locale) ?? LOCALES.find((code) => code === current) ?? "en";
  return (
    <>
      <PageHeader title={t("profile")} description={t("profileDescription")} />
      <div className="grid max-w-2xl gap-6">
        <ProfileForm defaults={{ name: user.name, locale }} email={user.email} />
        <ChangePasswordForm email={user.email} />
      </div>
    </>
  );
}
