import { listImports } from "@crm/core/modules/imports/list-imports";
import { importObjectSchema } from "@crm/core/modules/imports/schemas";
import { can } from "@crm/core/platform/permissions";
import { FileUp } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { PageHeader } from "@/features/shell/page-header";
import { requireOrgContext } from "@/lib/org-context";
import { ImportStatusBadge } from "./import-status-badge";
import { UploadForm } from "./upload-form";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ object?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("imports"))("title") };
}

/** /o/[slug]/import – upload a file to import, and the latest imports with their results. */
export async function ImportsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { ctx } = await requireOrgContext(slug);
  if (!can(ctx, "records:write")) notFound();
  const t = await getTranslations("imports");
  const format = await getFormatter();
  const defaultObject = importObjectSchema.catch("contacts").parse((await searchParams).object);
  const history = await listImports(ctx, { limit: 50 });

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
        <Card>
          <CardHeader>
            <CardTitle>{t("upload.title")}</CardTitle>
          </CardHeader>
          <CardContent>
            <UploadForm slug={slug} defaultObject={defaultObject} />
          </CardContent>
        </Card>
        <section aria-labelledby="import-history" className="grid gap-3">
          <h2 id="import-history" className="font-semibold text-lg">
            {t("history.title")}
          </h2>
          {history.length === 0 ? (
            <EmptyState icon={FileUp} title={t("history.empty")} description={t("history.emptyText")} />
          ) : (
            <div className="overflow-x-auto rounded-md border">
              <Table data-testid="import-history">
                <TableHeader>
                  <TableRow>
                    <TableHead>{t("history.file")}</TableHead>
                    <TableHead>{t("history.object")}</TableHead>
                    <TableHead>{t("history.status")}</TableHead>
                    <TableHead>{t("history.result")}</TableHead>
                    <TableHead>{t("history.date")}</TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {history.map((imp) => (
                    <TableRow key={imp.id} data-testid="import-history-row">
                      <TableCell className="max-w-[16rem] truncate font-medium">
                        <Link
                          href={`/o/${slug}/import/${imp.id}`}
                          className="underline-offset-4 hover:underline focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
                        >
                          {imp.fileName}
                        </Link>
                      </TableCell>
                      <TableCell>{t(`objects.${imp.object}`)}</TableCell>
                      <TableCell>
                        <ImportStatusBadge status={imp.status} />
                      </TableCell>
                      <TableCell className="whitespace-nowrap text-muted-foreground text-sm">
                        {imp.status === "draft"
                          ? "—"
                          : t("history.resultText", {
                              imported: imp.imported,
                              updated: imp.updated,
                              errored: imp.errored,
                            })}
                      </TableCell>
                      <TableCell className="whitespace-nowrap text-muted-foreground text-sm">
                        {format.dateTime(imp.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
        </section>
      </div>
    </>
  );
}
