"use client";
import { Bookmark, Check, Plus, Settings2 } from "lucide-react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuGroup,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { ListObject } from "@/features/records/record-objects";
import { ManageViewsDialog } from "./manage-views-dialog";
import { SaveViewDialog } from "./save-view-dialog";
import { type SavedViewItem, useSavedViews } from "./use-saved-views";
import { queryFromState, showsView } from "./view-state";

type Props = { slug: string; object: ListObject; filterKeys: readonly string[] };

/** Saved views of a list: pick one (its state goes into the URL), save the current one, manage them. */
export function ViewsMenu({ slug, object, filterKeys }: Props) {
  const t = useTranslations("views");
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const { views, canShare, failed, reload } = useSavedViews(slug, object);
  const [dialog, setDialog] = useState<"save" | "manage" | null>(null);
  const active = views?.find((v) => showsView(params, filterKeys, v.state));
  const apply = (view: SavedViewItem) => {
    const query = queryFromState(view.state);
    router.push(query ? `${pathname}?${query}` : pathname, { scroll: false });
  };
  const group = (label: string, items: SavedViewItem[]) =>
    items.length > 0 ? (
      <DropdownMenuGroup>
        <DropdownMenuLabel className="text-muted-foreground text-xs">{label}</DropdownMenuLabel>
        {items.map((view) => (
          <DropdownMenuItem key={view.id} onSelect={() => apply(view)}>
            <Check className={active?.id === view.id ? "" : "invisible"} aria-hidden="true" />
            <span className="truncate">{view.name}</span>
            {view.mine && view.shared ? (
              <span className="ml-auto text-muted-foreground text-xs">{t("sharedBadge")}</span>
            ) : null}
          </DropdownMenuItem>
        ))}
      </DropdownMenuGroup>
    ) : null;

  return (
    <>
      {/* Not modal: the dialogs opened from it must get the focus back from the menu. */}
      <DropdownMenu modal={false}>
        <DropdownMenuTrigger asChild>
          <Button variant="outline" size="sm" className="max-w-56">
            <Bookmark aria-hidden="true" />
            <span className="truncate">{active ? active.name : t("views")}</span>
            {active ? <span className="sr-only">({t("active", { name: active.name })})</span> : null}
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end" className="w-64">
          <DropdownMenuLabel>{t("menuLabel")}</DropdownMenuLabel>
          <DropdownMenuSeparator />
          {views === null ? (
            <DropdownMenuItem disabled>{failed ? t("loadFailed") : t("loading")}</DropdownMenuItem>
          ) : views.length === 0 ? (
            <DropdownMenuItem disabled>{t("none")}</DropdownMenuItem>
          ) : (
            <>
              {group(
                t("mine"),
                views.filter((v) => v.mine),
              )}
              {group(
                t("shared"),
                views.filter((v) => !v.mine),
              )}
            </>
          )}
          <DropdownMenuSeparator />
          <DropdownMenuItem onSelect={() => setDialog("save")}>
            <Plus aria-hidden="true" />
            {t("save")}
          </DropdownMenuItem>
          {views && views.length > 0 ? (
            <DropdownMenuItem onSelect={() => setDialog("manage")}>
              <Settings2 aria-hidden="true" />
              {t("manage")}
            </DropdownMenuItem>
          ) : null}
        </DropdownMenuContent>
      </DropdownMenu>
      <SaveViewDialog
        open={dialog === "save"}
        onOpenChange={(open) => setDialog(open ? "save" : null)}
        slug={slug}
        object={object}
        filterKeys={filterKeys}
        canShare={canShare}
        onSaved={reload}
      />
      <ManageViewsDialog
        open={dialog === "manage"}
        onOpenChange={(open) => setDialog(open ? "manage" : null)}
        slug={slug}
        views={views ?? []}
        filterKeys={filterKeys}
        canShare={canShare}
        onChanged={reload}
      />
    </>
  );
}
