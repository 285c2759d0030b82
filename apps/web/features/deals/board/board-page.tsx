import type { getPipelineBoard } from "@crm/core/modules/deals/get-board";
import { listPipelines } from "@crm/core/modules/deals/list-pipelines";
import { pipelineOperations } from "@crm/core/modules/deals/pipeline-operations";
import { getOrgSettings } from "@crm/core/modules/orgs/get-org-settings";
import { AppError } from "@crm/core/platform/errors";
import { runOperation } from "@crm/core/platform/operations/run-operation";
import { can } from "@crm/core/platform/permissions";
import { List } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";
import { loadMemberOptions, type SearchParams } from "@/features/records/load-record-list";
import { PageHeader } from "@/features/shell/page-header";
import { requireOrgContext } from "@/lib/org-context";
import { DealFormDialog } from "../deal-form-dialog";
import { toPipelineChoices } from "../pipeline-choice";
import { parseBoardFilters } from "./board-filters";
import { PipelineBoard } from "./pipeline-board";

type Props = { params: Promise<{ slug: string }>; searchParams: SearchParams };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("board"))("title") };
}

export async function BoardPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { ctx, user } = await requireOrgContext(slug);
  const [t, td] = await Promise.all([getTranslations("board"), getTranslations("deals")]);
  const raw = await searchParams;
  // One after the other: on PGlite every query shares one connection.
  const pipelines = toPipelineChoices(await listPipelines(ctx));
  const wanted = typeof raw.pipeline === "string" ? raw.pipeline : undefined;
  const pipeline =
    pipelines.find((p) => p.id === wanted) ?? pipelines.find((p) => p.isDefault) ?? pipelines[0];
  const filters = parseBoardFilters(raw);
  let board: Awaited<ReturnType<typeof getPipelineBoard>> | null = null;
  let invalid = false;
  if (pipeline) {
    try {
      // The page renders 12 cards a stage and reveals up to 50 on "Show more" without a round trip.
      board = await runOperation(pipelineOperations.board, ctx, { id: pipeline.id, ...filters, cards: 50 });
    } catch (error) {
      // A hand-edited URL (a filter that is no date or number) is shown, not a server error.
      if (!(error instanceof AppError && error.code === "unprocessable")) throw error;
      invalid = true;
    }
  }
  const members = await loadMemberOptions(ctx);
  const { defaultCurrency, timeZone } = await getOrgSettings(ctx);
  // "Overdue" means before today in the org's time zone (en-CA formats as YYYY-MM-DD).
  const today = new Intl.DateTimeFormat("en-CA", { timeZone }).format(new Date());
  const canWrite = can(ctx, "records:write");

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            <Link href={`/o/${slug}/deals`} className={buttonVariants({ variant: "outline" })}>
              <List aria-hidden="true" />
              {t("listView")}
            </Link>
            {canWrite && pipeline ? (
              <DealFormDialog
                slug={slug}
                pipelines={pipelines}
                defaultCurrency={defaultCurrency}
                initial={{ pipelineId: pipeline.id }}
              />
            ) : null}
          </>
        }
      />
      {pipeline ? (
        <PipelineBoard
          key={pipeline.id}
          slug={slug}
          pipelines={pipelines}
          pipelineId={pipeline.id}
          board={board}
          invalid={invalid}
          filters={filters}
          members={members}
          currentUserId={user.id}
          defaultCurrency={defaultCurrency}
          canWrite={canWrite}
          today={today}
        />
      ) : (
        <p className="text-muted-foreground">{td("noPipeline")}</p>
      )}
    </>
  );
}
