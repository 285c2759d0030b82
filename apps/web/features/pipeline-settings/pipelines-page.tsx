import { listPipelines } from "@crm/core/modules/deals/list-pipelines";
import { can } from "@crm/core/platform/permissions";
import { Lock } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/features/shell/page-header";
import { requireOrgContext } from "@/lib/org-context";
import { PipelineCard } from "./pipeline-card";
import { PipelineNameDialog } from "./pipeline-name-dialog";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pipelineSettings"))("title") };
}

/** Pipelines and their stages; admins and managers change them, everyone else reads them. */
export async function PipelinesPage({ params }: Props) {
  const { slug } = await params;
  const { ctx } = await requireOrgContext(slug);
  const t = await getTranslations("pipelineSettings");
  const pipelines = await listPipelines(ctx);
  const canManage = can(ctx, "pipelines:manage");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={canManage ? <PipelineNameDialog slug={slug} /> : null}
      />
      {canManage ? null : (
        <p className="mb-4 flex max-w-3xl items-start gap-2 rounded-md bg-muted px-3 py-2 text-muted-foreground text-sm">
          <Lock className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
          {t("readOnly")}
        </p>
      )}
      <div className="grid max-w-3xl gap-6">
        {pipelines.map((pipeline) => (
          <PipelineCard
            key={pipeline.id}
            slug={slug}
            pipeline={pipeline}
            others={pipelines.filter((p) => p.id !== pipeline.id)}
            canManage={canManage}
          />
        ))}
      </div>
    </>
  );
}
