"use client";
import type { PipelineWithStages } from "@crm/core/modules/deals/list-pipelines";
import { Star } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { useActionError } from "@/features/records/use-action-error";
import { DeletePipelineDialog } from "./delete-pipeline-dialog";
import { PipelineNameDialog } from "./pipeline-name-dialog";
import { updatePipelineAction } from "./pipeline-settings-actions";
import { StageFormDialog } from "./stage-form-dialog";
import { StageList } from "./stage-list";

type Props = {
  slug: string;
  pipeline: PipelineWithStages;
  others: PipelineWithStages[];
  canManage: boolean;
};

/** One pipeline: its name and default flag, its ordered stages, and (for managers) the actions on them. */
export function PipelineCard({ slug, pipeline, others, canManage }: Props) {
  const t = useTranslations("pipelineSettings");
  const router = useRouter();
  const actionError = useActionError();
  const [pending, setPending] = useState(false);

  async function makeDefault() {
    setPending(true);
    const result = await updatePipelineAction(slug, pipeline.id, { isDefault: true });
    setPending(false);
    if (!result.ok) {
      toast.error(actionError(result));
      return;
    }
    toast.success(t("nowDefault", { name: pipeline.name }));
    router.refresh();
  }

  return (
    <Card>
      <CardHeader className="flex flex-row flex-wrap items-center gap-2">
        <CardTitle as="h2" className="min-w-0 flex-1 truncate text-lg">
          {pipeline.name}
        </CardTitle>
        {pipeline.isDefault ? <Badge variant="secondary">{t("default")}</Badge> : null}
        {canManage ? (
          <div className="flex items-center">
            {pipeline.isDefault ? null : (
              <Button variant="ghost" size="sm" onClick={makeDefault} loading={pending}>
                <Star aria-hidden="true" />
                {t("makeDefault")}
              </Button>
            )}
            <PipelineNameDialog slug={slug} pipeline={pipeline} />
            <DeletePipelineDialog slug={slug} pipeline={pipeline} others={others} />
          </div>
        ) : null}
      </CardHeader>
      <CardContent className="grid gap-3">
        <StageList slug={slug} pipelineId={pipeline.id} stages={pipeline.stages} canManage={canManage} />
        {canManage ? (
          <div>
            <StageFormDialog slug={slug} pipelineId={pipeline.id} />
          </div>
        ) : null}
      </CardContent>
    </Card>
  );
}
