"use client";
import type { ImportMapping } from "@crm/core/modules/imports/schemas";
import { useTranslations } from "next-intl";
import {
  Select,
  SelectContent,
  SelectGroup,
  SelectItem,
  SelectLabel,
  SelectTrigger,
  SelectValue,
} from "@/components/ui/select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

export type FieldOption = { value: string; label: string; custom: boolean };
const IGNORE = "__ignore";

/** One row per file column: its first value and the field it goes to (each field once). */
export function MappingTable({
  headers,
  examples,
  mapping,
  fields,
  onChange,
}: {
  headers: string[];
  examples: string[];
  mapping: ImportMapping;
  fields: FieldOption[];
  onChange: (header: string, target: string | null) => void;
}) {
  const t = useTranslations("imports.mapping");
  const used = new Set(Object.values(mapping).filter(Boolean));
  const standard = fields.filter((f) => !f.custom);
  const custom = fields.filter((f) => f.custom);
  return (
    <div className="overflow-x-auto rounded-md border">
      <Table data-testid="import-mapping">
        <TableHeader>
          <TableRow>
            <TableHead>{t("column")}</TableHead>
            <TableHead className="hidden sm:table-cell">{t("example")}</TableHead>
            <TableHead className="min-w-[12rem]">{t("field")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {headers.map((header, i) => {
            const target = mapping[header] ?? null;
            const option = (f: FieldOption) => (
              <SelectItem key={f.value} value={f.value} disabled={used.has(f.value) && target !== f.value}>
                {f.label}
              </SelectItem>
            );
            return (
              <TableRow key={header} data-testid="import-mapping-row" data-column={header}>
                <TableCell className="font-medium">
                  {header}
                  <span className="block max-w-[10rem] truncate text-muted-foreground text-xs sm:hidden">
                    {examples[i]}
                  </span>
                </TableCell>
                <TableCell className="hidden max-w-[14rem] truncate text-muted-foreground sm:table-cell">
                  {examples[i]}
                </TableCell>
                <TableCell>
                  <Select
                    value={target ?? IGNORE}
                    onValueChange={(value) => onChange(header, value === IGNORE ? null : value)}
                  >
                    <SelectTrigger
                      aria-label={`${t("field")}: ${header}`}
                      data-testid="import-mapping-select"
                      className="w-full"
                    >
                      <SelectValue />
                    </SelectTrigger>
                    <SelectContent>
                      <SelectItem value={IGNORE}>{t("ignore")}</SelectItem>
                      <SelectGroup>
                        <SelectLabel>{t("standardFields")}</SelectLabel>
                        {standard.map(option)}
                      </SelectGroup>
                      {custom.length > 0 ? (
                        <SelectGroup>
                          <SelectLabel>{t("customFields")}</SelectLabel>
                          {custom.map(option)}
                        </SelectGroup>
                      ) : null}
                    </SelectContent>
                  </Select>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
