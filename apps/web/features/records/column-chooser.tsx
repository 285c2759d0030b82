"use client";
import { Columns3 } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuCheckboxItem,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { type ColumnDef, labelOf } from "./list-config";
import { useListUrl } from "./use-list-url";

/** Which columns the table shows; kept in the URL (`cols`) so a view can be shared as a link. */
export function ColumnChooser({ columns, visible }: { columns: readonly ColumnDef[]; visible: string[] }) {
  const t = useTranslations();
  const { update } = useListUrl();
  const choosable = columns.filter((c) => !c.fixed);
  const set = (ids: string[]) => {
    const defaults = columns.filter((c) => c.fixed || c.default).map((c) => c.id);
    const same = ids.length === defaults.length && ids.every((id) => defaults.includes(id));
    update({ cols: same ? null : ids.join(","), cursor: null });
  };
  const toggle = (id: string, on: boolean) => {
    const next = columns.filter((c) => (c.id === id ? on : visible.includes(c.id))).map((c) => c.id);
    // At least one column besides the fixed ones keeps the choice meaningful.
    if (next.some((col) => !columns.find((c) => c.id === col)?.fixed)) set(next);
  };
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="outline" size="sm">
          <Columns3 aria-hidden="true" />
          {t("records.columns")}
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-56">
        <DropdownMenuLabel>{t("records.showColumns")}</DropdownMenuLabel>
        <DropdownMenuSeparator />
        {choosable.map((column) => (
          <DropdownMenuCheckboxItem
            key={column.id}
            checked={visible.includes(column.id)}
            onCheckedChange={(on) => toggle(column.id, on === true)}
            onSelect={(event) => event.preventDefault()}
          >
            {labelOf(t, column)}
          </DropdownMenuCheckboxItem>
        ))}
        <DropdownMenuSeparator />
        <DropdownMenuItem onSelect={() => update({ cols: null, cursor: null })}>
          {t("records.resetColumns")}
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
