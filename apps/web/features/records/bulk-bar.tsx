"use client";
import { tagsSchema } from "@crm/core/modules/records/schemas";
import { Tag, Trash2, UserRound, X } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useId, useState } from "react";
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
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { ConfirmDialog } from "@/features/settings/confirm-dialog";
import {
  type BulkResult,
  bulkAddTagAction,
  bulkAssignOwnerAction,
  bulkRestoreAction,
  bulkTrashAction,
} from "./bulk-actions";
import type { MemberOption } from "./member-option";
import { Popover, PopoverContent, PopoverTrigger } from "./popover";
import type { ListObject } from "./record-objects";
import { useActionError } from "./use-action-error";

type Props = {
  slug: string;
  object: ListObject;
  ids: string[];
  members: MemberOption[];
  canAssign: boolean;
  onDone: () => void;
};

type Outcome = { ok: true; data: BulkResult } | { ok: false; error: string; code: string };

/** Actions on the selected rows: assign an owner (admins, managers), add a tag, move to the trash. */
export function BulkBar({ slug, object, ids, members, canAssign, onDone }: Props) {
  const t = useTranslations("records");
  const router = useRouter();
  const actionError = useActionError();
  const [busy, setBusy] = useState<string | null>(null);
  const count = ids.length;

  /** Restores what a bulk trash just moved (records that were not moved stay as they are). */
  async function undoTrash(selection: string[]) {
    const result = await bulkRestoreAction(slug, { object, ids: selection });
    if (!result.ok) {
      toast.error(actionError(result));
      return;
    }
    toast.success(t("bulkRestored", { count: result.data.done }));
    router.refresh();
  }

  async function run(name: string, action: () => Promise<Outcome>): Promise<boolean> {
    setBusy(name);
    const selection = [...ids];
    const result = await action();
    setBusy(null);
    if (!result.ok) {
      toast.error(actionError(result));
      return false;
    }
    const { done, failed } = result.data;
    // A trash toast offers Undo, as the record pages' delete does.
    const undo =
      name === "trash" && done > 0
        ? { duration: 10_000, action: { label: t("undo"), onClick: () => void undoTrash(selection) } }
        : undefined;
    if (failed > 0) toast.warning(t("bulkPartial", { done, failed }), undo);
    else toast.success(t("bulkDone", { count: done }), undo);
    onDone();
    router.refresh();
    return true;
  }

  return (
    <section
      aria-label={t("bulkActions")}
      className="flex flex-wrap items-center gap-2 rounded-md border border-primary/30 bg-primary/5 px-3 py-2"
    >
      <p className="mr-auto font-medium text-sm" aria-live="polite">
        {t("selected", { count })}
      </p>
      {canAssign ? (
        <DropdownMenu>
          <DropdownMenuTrigger asChild>
            <Button variant="outline" size="sm" loading={busy === "assign"}>
              <UserRound aria-hidden="true" />
              {t("assignOwner")}
            </Button>
          </DropdownMenuTrigger>
          <DropdownMenuContent align="end" className="max-w-64">
            <DropdownMenuLabel>{t("assignTo")}</DropdownMenuLabel>
            <DropdownMenuSeparator />
            {members.map((member) => (
              <DropdownMenuItem
                key={member.userId}
                onSelect={() =>
                  run("assign", () => bulkAssignOwnerAction(slug, { object, ids, ownerId: member.userId }))
                }
              >
                <span className="truncate">{member.name}</span>
              </DropdownMenuItem>
            ))}
          </DropdownMenuContent>
        </DropdownMenu>
      ) : null}
      <AddTagButton
        busy={busy === "tag"}
        onAdd={(tag) => run("tag", () => bulkAddTagAction(slug, { object, ids, tag }))}
      />
      <ConfirmDialog
        trigger={
          <Button variant="outline" size="sm" loading={busy === "trash"}>
            <Trash2 aria-hidden="true" />
            {t("moveToTrash")}
          </Button>
        }
        title={t("trashTitle", { count })}
        description={t("trashText")}
        confirmLabel={t("moveToTrash")}
        onConfirm={() => run("trash", () => bulkTrashAction(slug, { object, ids }))}
      />
      <Button variant="ghost" size="sm" onClick={onDone}>
        <X aria-hidden="true" />
        {t("clearSelection")}
      </Button>
    </section>
  );
}

function AddTagButton({ busy, onAdd }: { busy: boolean; onAdd: (tag: string) => Promise<boolean> }) {
  const t = useTranslations("records");
  const id = useId();
  const [open, setOpen] = useState(false);
  const [tag, setTag] = useState("");
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = tagsSchema.in.element.safeParse(tag);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? null);
      return;
    }
    if (await onAdd(parsed.data)) {
      setOpen(false);
      setTag("");
    }
  }

  return (
    <Popover
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        setError(null);
      }}
    >
      <PopoverTrigger asChild>
        <Button variant="outline" size="sm">
          <Tag aria-hidden="true" />
          {t("addTag")}
        </Button>
      </PopoverTrigger>
      <PopoverContent align="end">
        <form onSubmit={submit} noValidate className="grid gap-3">
          <div className="grid gap-2">
            <Label htmlFor={id}>{t("tag")}</Label>
            <Input
              id={id}
              value={tag}
              onChange={(event) => setTag(event.target.value)}
              autoComplete="off"
              autoFocus
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
            />
            {error ? (
              <p id={`${id}-error`} role="alert" className="font-medium text-destructive text-sm">
                {error}
              </p>
            ) : null}
          </div>
          <div className="flex justify-end">
            <Button type="submit" size="sm" loading={busy}>
              {t("addTag")}
            </Button>
          </div>
        </form>
      </PopoverContent>
    </Popover>
  );
}
