import { listApiKeys } from "@crm/core/modules/api-keys/list-api-keys";
import { getOrgSettings } from "@crm/core/modules/orgs/get-org-settings";
import { can } from "@crm/core/platform/permissions";
import { KeyRound } from "lucide-react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/features/shell/page-header";
import { requireOrgContext } from "@/lib/org-context";
import { ApiKeysTable } from "./api-keys-table";
import { CreateApiKeyDialog } from "./create-api-key-dialog";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("apiKeys") };
}

export async function ApiKeysPage({ params }: Props) {
  const { slug } = await params;
  const { ctx } = await requireOrgContext(slug);
  if (!can(ctx, "apiKeys:manage")) notFound();
  const t = await getTranslations("settings");
  const { timeZone } = await getOrgSettings(ctx);
  const keys = await listApiKeys(ctx);
  return (
    <>
      <PageHeader
        title={t("apiKeys")}
        description={t("apiKeysDescription")}
        actions={keys.length > 0 ? <CreateApiKeyDialog slug={slug} /> : null}
      />
      {keys.length > 0 ? (
        <ApiKeysTable slug={slug} keys={keys} timeZone={timeZone} />
      ) : (
        <EmptyState
          icon={KeyRound}
          title={t("noKeysTitle")}
          description={t("noKeysText")}
          action={<CreateApiKeyDialog slug={slug} />}
        />
      )}
    </>
  );
}
