"use client";
import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/features/settings/confirm-dialog";
import { useActionError } from "./use-action-error";

type Props = {
  name: string;
  /** Where to go once the record is in the trash. */
  listHref: string;
  remove: () => Promise<{ ok: true } | { ok: false; error: string; code: string }>;
};

/** Moves a record to the trash after confirmation (deletes are soft and can be restored). */
export function DeleteRecordButton({ name, listHref, remove }: Props) {
  const t = useTranslations("records");
  const router = useRouter();
  const actionError = useActionError();
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
        toast.success(t("movedToTrash", { name }));
        router.push(listHref);
        router.refresh();
        return true;
      }}
    />
  );
}
