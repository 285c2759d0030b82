"use client";
import type { previewImport } from "@crm/core/modules/imports/preview-import";
import type { ImportMapping } from "@crm/core/modules/imports/schemas";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

export type Preview = Awaited<ReturnType<typeof previewImport>>;

/** The first rows with their mapped values and what the import will do with each. */
export function PreviewTable({ preview, mapping }: { preview: Preview; mapping: ImportMapping }) {
  const t = useTranslations("imports.preview");
  const columns = preview.headers.map((h, i) => ({ header: h, index: i })).filter((c) => mapping[c.header]);
  if (preview.rows.length === 0) return <p className="text-muted-foreground text-sm">{t("empty")}</p>;
  return (
    <div className="overflow-x-auto rounded-md border">
      <Table data-testid="import-preview">
        <TableHeader>
          <TableRow>
            <TableHead className="w-14">{t("row")}</TableHead>
            <TableHead className="min-w-[12rem]">{t("check")}</TableHead>
            {columns.map((c) => (
              <TableHead key={c.header} className="whitespace-nowrap">
                {c.header}
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
