"use client";
import { updateViewSchema } from "@crm/core/modules/views/schemas";
import { Check, Pencil, Trash2 } from "lucide-react";
import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { fieldErrorProps } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Switch } from "@/components/ui/switch";
import { useActionError } from "@/features/records/use-action-error";
import { ConfirmDialog } from "@/features/settings/confirm-dialog";
import type { SavedViewItem } from "./use-saved-views";
import { deleteViewAction, updateViewAction } from "./view-actions";
import { stateFromUrl } from "./view-state";

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  slug: string;
  views: SavedViewItem[];
  /** Publishing to the org is a write; readonly members keep their views private. */
  canShare: boolean;
  filterKeys: readonly string[];
  onChanged: () => Promise<void>;
};

/** Rename, share, update or delete views, as far as the caller may (creator edits; creator or admin deletes). */
export function ManageViewsDialog({
  open,
  onOpenChange,
  slug,
  views,
  filterKeys,
  canShare,
  onChanged,
}: Props) {
  const t = useTranslations("views");
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="max-h-[90dvh] overflow-y-auto">
        <DialogHeader>
          <DialogTitle>{t("manageTitle")}</DialogTitle>
          <DialogDescription>{t("manageDescription")}</DialogDescription>
        </DialogHeader>
        <ul className="grid divide-y">
          {views.map((view) => (
            <ViewRow
              key={view.id}
              slug={slug}
              view={view}
              filterKeys={filterKeys}
              canShare={canShare}
              onChanged={onChanged}
            />
          ))}
        </ul>
      </DialogContent>
    </Dialog>
  );
}

type RowProps = {
  slug: string;
  view: SavedViewItem;
  filterKeys: readonly string[];
  canShare: boolean;
  onChanged: () => Promise<void>;
};

function ViewRow({ slug, view, filterKeys, canShare, onChanged }: RowProps) {
  const t = useTranslations("views");
  const tValidation = useTranslations("validation");
  const params = useSearchParams();
  const actionError = useActionError();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(view.name);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputId = `view-name-${view.id}`;

  const save = async (patch: Record<string, unknown>, done: string) => {
    setBusy(true);
    const result = await updateViewAction(slug, view.id, patch);
    setBusy(false);
    if (!result.ok) {
      const message = result.fieldErrors?.name?.[0] ?? actionError(result);
      if (result.fieldErrors?.name) setError(message);
      else toast.error(message);
      return false;
    }
    toast.success(done);
    await onChanged();
    return true;
  };

  const rename = async (event: FormEvent) => {
    event.preventDefault();
    if (!updateViewSchema.shape.name.safeParse(name).success) {
      setError(tValidation("required"));
      return;
    }
    if (await save({ name }, t("updated", { name: name.trim() }))) {
      setEditing(false);
      setError(null);
    }
  };

  return (
    <li className="grid gap-2 py-3">
      {editing ? (
        <form onSubmit={rename} className="grid gap-1" noValidate>
          <div className="flex gap-2">
            <Input
              id={inputId}
              aria-label={t("name")}
              value={name}
              onChange={(e) => setName(e.target.value)}
              maxLength={100}
              autoFocus
              {...fieldErrorProps(inputId, error)}
            />
            <Button type="submit" size="icon" aria-label={t("renameSave")} disabled={busy}>
              <Check aria-hidden="true" />
            </Button>
          </div>
          {error ? (
            <p id={`${inputId}-error`} role="alert" className="text-destructive text-sm">
              {error}
            </p>
          ) : null}
        </form>
      ) : (
        <div className="flex min-w-0 items-center gap-2">
          <span className="min-w-0 flex-1 truncate font-medium text-sm">{view.name}</span>
          {view.shared ? <Badge variant="muted">{t("sharedBadge")}</Badge> : null}
          {view.canEdit ? (
            <Button
              variant="ghost"
              size="icon"
              aria-label={t("rename", { name: view.name })}
              onClick={() => setEditing(true)}
            >
              <Pencil aria-hidden="true" />
            </Button>
          ) : null}
          {view.canDelete ? (
            <ConfirmDialog
              trigger={
                <Button variant="ghost" size="icon" aria-label={t("delete", { name: view.name })}>
                  <Trash2 aria-hidden="true" />
                </Button>
              }
              title={t("deleteTitle", { name: view.name })}
              description={t("deleteText")}
              confirmLabel={t("deleteConfirm")}
              onConfirm={async () => {
                const result = await deleteViewAction(slug, view.id);
                if (!result.ok) {
                  toast.error(actionError(result));
                  return false;
                }
                toast.success(t("deleted", { name: view.name }));
                await onChanged();
                return true;
              }}
            />
          ) : null}
        </div>
      )}
      {view.canEdit ? (
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          {canShare ? (
            <div className="flex items-center gap-2 text-sm">
              <Switch
                id={`${inputId}-shared`}
                checked={view.shared}
                disabled={busy}
                onCheckedChange={(shared) => void save({ shared }, t("updated", { name: view.name }))}
              />
              <label htmlFor={`${inputId}-shared`}>{t("shareWithOrg")}</label>
            </div>
          ) : null}
          <Button
            variant="link"
            size="sm"
            className="h-auto p-0"
            disabled={busy}
            onClick={() =>
              void save({ state: stateFromUrl(params, filterKeys) }, t("updated", { name: view.name }))
            }
          >
            {t("updateState")}
          </Button>
        </div>
      ) : (
        <p className="text-muted-foreground text-xs">{t("readOnly")}</p>
      )}
    </li>
  );
}
