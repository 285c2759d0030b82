// /forgot-password – ask for a password reset link
import { isMailConfigured } from "@crm/core/modules/mail/smtp-transport";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/features/auth/forgot-password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("forgotTitle") };
}

export default function ForgotPasswordPage() {
  return <ForgotPasswordForm mailConfigured={isMailConfigured()} />;
}
