// /setup – first visit of a fresh install: create the organization and its admin
import { isInstalled } from "@crm/core/modules/orgs/is-installed";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { SetupForm } from "@/features/auth/setup-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("setupTitle") };
}

export default async function SetupPage() {
  if (await isInstalled()) redirect("/sign-in");
  const locale = await getLocale();
  return <SetupForm locale={locale === "de" ? "de" : "en"} />;
}
