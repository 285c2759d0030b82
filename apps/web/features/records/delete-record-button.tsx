"use client";
import { Trash2 } from "lucide-react";
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/features/settings/confirm-dialog";
import { useActionError } from "./use-action-error";

type Props = {
  name: string;
  /** Where to go once the record is in the trash. */
  listHref: string;
  remove: () => Promise<ActionResult>;
  /** Takes the record out of the trash again: the toast's Undo. */
  restore: () => Promise<ActionResult>;
};

type ActionResult = { ok: true } | { ok: false; error: string; code: string };

/**
 * Moves a record to the trash after confirmation (deletes are soft). The toast offers Undo, which
 * restores the record and returns to it, so nobody has to find it in Settings → Trash.
 */
export function DeleteRecordButton({ name, listHref, remove, restore }: Props) {
  const t = useTranslations("records");
  const router = useRouter();
  const recordHref = usePathname();
  const actionError = useActionError();
  const undo = async () => {
    const result = await restore();
    if (!result.ok) {
      toast.error(actionError(result));
      return;
    }
    toast.success(t("restored", { name }));
    router.push(recordHref);
    router.refresh();
  };
  return (
    <ConfirmDialog
      trigger={
        <Button variant="outline">
          <Trash2 aria-hidden="true" />
          {t("delete")}
        </Button>
      }
      title={t("deleteTitle", { name })}
      description={t("deleteText")}
      confirmLabel={t("moveToTrash")}
      onConfirm={async () => {
        const result = await remove();
        if (!result.ok) {
          toast.error(actionError(result));
          return false;
        }
        toast.success(t("movedToTrash", { name }), {
          // Long enough to notice and reach for it.
          duration: 10_000,
          action: { label: t("undo"), onClick: () => void undo() },
        });
        router.push(listHref);
        router.refresh();
        return true;
      }}
    />
  );
}
