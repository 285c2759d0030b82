import { Building2 } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { AuthFrame } from "@/features/auth/auth-frame";
import { SignOutButton } from "./sign-out-button";

export async function NoOrganization({ email }: { email: string }) {
  const t = await getTranslations("auth");
  return (
    <AuthFrame>
      <EmptyState
        icon={Building2}
        title={t("noOrganizationTitle")}
        description={t("noOrganizationDescription", { email })}
        action={<SignOutButton />}
      />
    </AuthFrame>
  );
}
