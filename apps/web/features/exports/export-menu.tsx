"use client";
import { Download, FileSpreadsheet, FileText } from "lucide-react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { ListState } from "@/features/records/list-config";
import { type ExportFormat, exportHref } from "./export-href";

type Props = {
  slug: string;
  object: "contacts" | "companies" | "leads" | "deals" | "tasks";
  state: Pick<ListState, "q" | "sort" | "filters" | "cols">;
};

/** "Export" on a list page: the list as filtered and sorted, visible or all columns, CSV or Excel. */
export function ExportMenu({ slug, object, state }: Props) {
  const t = useTranslations("exports");
  const item = (format: ExportFormat, visibleOnly: boolean) => (
    <DropdownMenuItem asChild>
      <a
        href={exportHref(slug, object, state, format, visibleOnly)}
        download
        data-testid={`export-${format}-${visibleOnly ? "visible" : "all"}`}
        onClick={() => toast(t("started"))}
      >
        {format === "csv" ? <FileText aria-hidden="true" /> : <FileSpreadsheet aria-hidden="true" />}
        {t(format)}
      </a>
    </DropdownMenuItem>
  );
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="outline" data-testid="export-menu">
          <Download aria-hidden="true" />
          {t("export")}
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-64">
        <DropdownMenuLabel className="text-xs font-normal text-muted-foreground">
          {t("visibleColumns")}
        </DropdownMenuLabel>
        {item("csv", true)}
        {item("xlsx", true)}
        <DropdownMenuSeparator />
        <DropdownMenuLabel className="text-xs font-normal text-muted-foreground">
          {t("allColumns")}
        </DropdownMenuLabel>
        {item("csv", false)}
        {item("xlsx", false)}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
