"use client";
import type { TrashEntry } from "@crm/core/modules/records/list-trash";
import type { TrashObject } from "@crm/core/modules/records/record-type-info";
import { RotateCcw, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import type { MemberOption } from "@/features/records/member-option";
import { useActionError } from "@/features/records/use-action-error";
import { ConfirmDialog } from "@/features/settings/confirm-dialog";
import { dateTimeOptions } from "@/features/settings/format";
import { purgeRecordAction, restoreRecordAction } from "./trash-actions";

type Props = {
  slug: string;
  object: TrashObject;
  rows: TrashEntry[];
  members: MemberOption[];
  timeZone: string;
  canRestore: boolean;
  canPurge: boolean;
};

/** One page of deleted records: who deleted each and when, with restore and delete forever. */
export function TrashList({ slug, object, rows, members, timeZone, canRestore, canPurge }: Props) {
  const t = useTranslations("trash");
  const format = useFormatter();
  const router = useRouter();
  const actionError = useActionError();
  const [restoring, setRestoring] = useState<string | null>(null);
  const nameOf = (userId: string | null) =>
    (userId && members.find((m) => m.userId === userId)?.name) || t("unknown");

  async function restore(row: TrashEntry) {
    setRestoring(row.id);
    const result = await restoreRecordAction(slug, { object, id: row.id });
    setRestoring(null);
    if (!result.ok) {
      toast.error(actionError(result));
      return;
    }
    toast.success(t("restored", { name: row.label }));
    router.refresh();
  }

  async function purge(row: TrashEntry) {
    const result = await purgeRecordAction(slug, { object, id: row.id });
    if (!result.ok) {
      toast.error(actionError(result));
      return false;
    }
    toast.success(t("purged", { name: row.label }));
    router.refresh();
    return true;
  }

  return (
    <ul className="divide-y rounded-lg border">
      {rows.map((row) => (
        <li key={row.id} className="flex flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
          <div className="grid min-w-0 flex-1 basis-56 gap-0.5">
            <span className="truncate font-medium">{row.label}</span>
            <span className="text-muted-foreground text-sm">
              {t("deletedAt")}{" "}
              <time dateTime={row.deletedAt}>
                {format.dateTime(new Date(row.deletedAt), dateTimeOptions(timeZone))}
              </time>{" "}
              · {t("deletedBy")} {nameOf(row.deletedBy)}
              {row.ownerId ? ` · ${t("owner")} ${nameOf(row.ownerId)}` : null}
            </span>
          </div>
          <div className="flex items-center gap-2">
            {canRestore ? (
              <Button
                variant="outline"
                size="sm"
                loading={restoring === row.id}
                aria-label={t("restoreLabel", { name: row.label })}
                onClick={() => restore(row)}
              >
                <RotateCcw aria-hidden="true" />
                {t("restore")}
              </Button>
            ) : null}
            {canPurge ? (
              <ConfirmDialog
                trigger={
                  <Button variant="ghost" size="sm" aria-label={t("purgeLabel", { name: row.label })}>
                    <Trash2 aria-hidden="true" />
                    {t("purge")}
                  </Button>
                }
                title={t("purgeTitle", { name: row.label })}
                description={t("purgeText")}
                confirmLabel={t("purge")}
                onConfirm={() => purge(row)}
              />
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
