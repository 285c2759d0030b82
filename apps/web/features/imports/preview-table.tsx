"use client";
import type { previewImport } from "@crm/core/modules/imports/preview-import";
import type { ImportMapping } from "@crm/core/modules/imports/schemas";
import { TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { FieldOption } from "./mapping-table";

export type Preview = Awaited<ReturnType<typeof previewImport>>;

/**
 * The first rows with their mapped values and what the import will do with each. Columns are
 * headed by the CRM field they fill, the file's column name under it.
 */
export function PreviewTable({
  preview,
  mapping,
  fields,
}: {
  preview: Preview;
  mapping: ImportMapping;
  fields: FieldOption[];
}) {
  const t = useTranslations("imports.preview");
  const labels = new Map(fields.map((f) => [f.value, f.label]));
  const columns = preview.headers
    .map((header, index) => ({ header, index, target: mapping[header] }))
    .filter((c): c is typeof c & { target: string } => Boolean(c.target));
  if (preview.rows.length === 0) return <p className="text-muted-foreground text-sm">{t("empty")}</p>;
  return (
    <div className="overflow-x-auto rounded-md border">
      <Table data-testid="import-preview">
        <TableHeader>
          <TableRow>
            <TableHead className="w-14">{t("row")}</TableHead>
            <TableHead className="min-w-[12rem]">{t("check")}</TableHead>
            {columns.map((c) => (
              <TableHead
                key={c.header}
                className="h-auto whitespace-nowrap py-2 align-bottom"
                data-testid="import-preview-column"
                data-field={c.target}
              >
                <span className="block text-foreground">{labels.get(c.target) ?? c.target}</span>
                <span className="block font-normal text-muted-foreground text-xs">
                  {t("fromColumn", { column: c.header })}
                </span>
              </TableHead>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {preview.rows.map((row) => (
            <TableRow
              key={row.row}
              data-testid="import-preview-row"
              data-row={row.row}
              data-invalid={row.error ? "true" : undefined}
            >
              <TableCell className="text-muted-foreground tabular-nums">{row.row}</TableCell>
              <TableCell>
                <div className="grid justify-items-start gap-1">
                  {row.error ? (
                    <span className="text-destructive text-sm" data-testid="import-preview-error">
                      {row.error}
                    </span>
                  ) : row.duplicateOf ? (
                    <Badge variant="secondary" data-testid="import-preview-duplicate">
                      {t("duplicate")}
                    </Badge>
                  ) : (
                    <Badge variant="outline">{t("ok")}</Badge>
                  )}
                  {row.unknownOwner !== null && !row.error ? (
                    <span
                      className="inline-flex items-start gap-1 text-amber-700 text-xs dark:text-amber-400"
                      data-testid="import-preview-unknown-owner"
                    >
                      <TriangleAlert className="mt-px size-3.5 shrink-0" aria-hidden="true" />
                      {t("unknownOwner", { owner: row.unknownOwner })}
                    </span>
                  ) : null}
                </div>
              </TableCell>
              {columns.map((c) => (
                <TableCell key={c.header} className="max-w-[14rem] truncate">
                  {row.values[c.index]}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
