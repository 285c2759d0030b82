import { listActiveMerges } from "@crm/core/modules/duplicates/get-merge";
import type { DuplicateObject } from "@crm/core/modules/duplicates/tables";
import type { Ctx } from "@crm/core/platform/context";
import { can } from "@crm/core/platform/permissions";
import { GitMerge } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { dateTimeOptions } from "@/features/records/format";
import { UndoMergeButton } from "./undo-merge-button";

type Props = { ctx: Ctx; slug: string; object: DuplicateObject; id: string; timeZone: string };

/** On a survivor's page: which records were merged into it, with an undo for each merge. */
export async function MergeNotice({ ctx, slug, object, id, timeZone }: Props) {
  const merges = await listActiveMerges(ctx, object, id);
  if (merges.length === 0) return null;
  const [t, format] = await Promise.all([getTranslations("duplicates.notice"), getFormatter()]);
  const canWrite = can(ctx, "records:write");
  return (
    <section
      aria-label={t("title")}
      className="mb-6 flex flex-col gap-2 rounded-lg border border-primary/30 bg-primary/5 p-4"
      data-testid="merge-notice"
    >
      {merges.map((merge) => (
        <div key={merge.id} className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
          <p className="flex items-start gap-2 text-sm">
            <GitMerge aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-primary" />
            <span>
              {t("text", {
                names: merge.merged.map((m) => m.name || "—").join(", "),
                date: format.dateTime(merge.createdAt, dateTimeOptions(timeZone)),
              })}
            </span>
          </p>
          {canWrite ? <UndoMergeButton slug={slug} mergeId={merge.id} /> : null}
        </div>
      ))}
    </section>
  );
}
