"use client";
import type { ImportResponse } from "@crm/core/modules/imports/get-import";
import { Download, Undo2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { toast } from "sonner";
import { Button, buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { useActionError } from "@/features/records/use-action-error";
import { ConfirmDialog } from "@/features/settings/confirm-dialog";
import { importStatusAction, rollbackImportAction } from "./import-actions";

const COUNTS = ["imported", "updated", "skipped", "errored"] as const;

/** Step 3: a live progress bar (polled each second), then the summary, the errors and the rollback. */
export function ImportProgress({
  slug,
  initial,
  canRollback,
}: {
  slug: string;
  initial: ImportResponse;
  canRollback: boolean;
}) {
  const t = useTranslations("imports");
  const format = useFormatter();
  const router = useRouter();
  const actionError = useActionError();
  const [imp, setImp] = useState(initial);
  // A file refused before its first row was read (unreadable, or past the caps): nothing to roll back.
  const neverStarted = imp.startedAt === null;
  const refused = neverStarted && imp.status === "failed";
  const active = imp.status === "queued" || imp.status === "running";

  useEffect(() => {
    if (!active) return;
    const timer = setInterval(async () => {
      const result = await importStatusAction(slug, imp.id);
      if (!result.ok) return;
      setImp(result.data);
      if (result.data.status !== "queued" && result.data.status !== "running") router.refresh();
    }, 1000);
    return () => clearInterval(timer);
  }, [active, slug, imp.id, router]);

  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
      <Card>
        <CardContent className="grid gap-4 pt-6">
          {active ? (
            <div className="grid gap-2">
              <div
                role="progressbar"
                aria-label={t("progress.label")}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={imp.progress}
                data-testid="import-progress"
                className="h-3 overflow-hidden rounded-full bg-muted"
              >
                <div
                  className="h-full bg-primary transition-[width] duration-500"
                  style={{ width: `${imp.progress}%` }}
                />
              </div>
              <p className="text-muted-foreground text-sm" aria-live="polite">
                {imp.processedRows === 0
                  ? t("progress.starting")
                  : t("progress.rows", {
                      processed: format.number(imp.processedRows),
                      total: format.number(imp.totalEstimate ?? imp.processedRows),
                    })}
              </p>
            </div>
          ) : null}
          <dl
            className={refused ? "hidden" : "grid grid-cols-2 gap-3 sm:grid-cols-4"}
            data-testid="import-summary"
          >
            {COUNTS.map((key) => (
              <div key={key} className="rounded-md border p-3">
                <dt className="text-muted-foreground text-xs">{t(`counts.${key}`)}</dt>
                <dd className="font-semibold text-2xl tabular-nums" data-testid={`import-count-${key}`}>
                  {format.number(imp[key])}
                </dd>
              </div>
            ))}
          </dl>
          {imp.unknownOwners > 0 && !refused ? (
            <p className="text-muted-foreground text-sm" data-testid="import-unknown-owners">
              {/* An import started by an API key with no user has no importer to own these rows. */}
              {t("unknownOwners", {
                count: imp.unknownOwners,
                unowned: imp.createdBy === null ? "true" : "false",
              })}
            </p>
          ) : null}
          {imp.status === "failed" ? (
            <FormError
              message={t(neverStarted ? "unreadable" : "failed", { message: imp.failureMessage ?? "" })}
            />
          ) : null}
          {imp.status === "rolled_back" ? (
            <p className="text-muted-foreground text-sm">{t("rolledBack")}</p>
          ) : null}
          {canRollback && (imp.status === "completed" || (imp.status === "failed" && !neverStarted)) ? (
            <div>
              <ConfirmDialog
                trigger={
                  <Button variant="outline" data-testid="import-rollback">
                    <Undo2 aria-hidden="true" />
                    {t("rollback.button")}
                  </Button>
                }
                title={t("rollback.title")}
                description={t("rollback.text")}
                confirmLabel={t("rollback.button")}
                onConfirm={async () => {
                  const result = await rollbackImportAction(slug, imp.id);
                  if (!result.ok) {
                    toast.error(actionError(result));
                    return true;
                  }
                  setImp(result.data);
                  toast.success(t("rollback.done"));
                  router.refresh();
                  return true;
                }}
              />
            </div>
          ) : null}
        </CardContent>
      </Card>
      {!active && !refused ? (
        <Card>
          <CardHeader className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
            <CardTitle>{t("errors.title")}</CardTitle>
            {imp.errored > 0 ? (
              <a
                href={`/api/v1/imports/${imp.id}/errors.csv`}
                download
                className={buttonVariants({ variant: "outline", size: "sm" })}
                data-testid="import-errors-download"
              >
                <Download aria-hidden="true" />
                {t("errors.download")}
              </a>
            ) : null}
          </CardHeader>
          <CardContent>
            {imp.errors.length === 0 ? (
              <p className="text-muted-foreground text-sm">{t("errors.none")}</p>
            ) : (
              <div className="grid gap-2">
                <div className="max-h-[28rem] overflow-auto rounded-md border">
                  <Table data-testid="import-errors">
                    <TableHeader>
                      <TableRow>
                        <TableHead className="w-16">{t("errors.row")}</TableHead>
                        <TableHead>{t("errors.message")}</TableHead>
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {imp.errors.map((e) => (
                        <TableRow
                          key={`${e.row}-${e.message}`}
                          data-testid="import-error-row"
                          data-row={e.row}
                        >
                          <TableCell className="tabular-nums">{e.row}</TableCell>
                          <TableCell className="text-sm">{e.message}</TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </div>
                {imp.errored > imp.errors.length ? (
                  <p className="text-muted-foreground text-xs">
                    {t("errors.more", { count: imp.errors.length })}
                  </p>
                ) : null}
              </div>
            )}
          </CardContent>
        </Card>
      ) : null}
    </div>
  );
}
