"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { useFormDialog } from "./form-dialog";

/** The record types with a create/edit form (`<type>-form.tsx` in a `<type>-form-dialog.tsx`). */
export type RecordFormObject = "contacts" | "companies" | "leads" | "deals" | "tasks";

/**
 * What every record form shares, from the type's messages: title, description and submit label for
 * a new or an edited record, and what follows a save (a toast, with "Open" for a new record where the
 * type has a page message for it; the dialog closed; the page's data refreshed).
 */
export function useRecordForm(slug: string, object: RecordFormObject, editing: boolean) {
  const t = useTranslations(object);
  const tc = useTranslations("common");
  const router = useRouter();
  const dialog = useFormDialog();
  /** `created` is what the create action answered (the new record's id). */
  const saved = (created?: unknown) => {
    const createdId = typeof created === "string" ? created : null;
    if (editing) toast.success(tc("saved"));
    else if (createdId && t.has("open")) {
      toast.success(t("created"), {
        action: { label: t("open"), onClick: () => router.push(`/o/${slug}/${object}/${createdId}`) },
      });
    } else toast.success(t("created"));
    dialog?.close();
    router.refresh();
  };
  return {
    title: editing ? t("editTitle") : t("newTitle"),
    description: editing ? t("editDescription") : t("newDescription"),
    submitLabel: editing ? tc("save") : t("create"),
    saved,
  };
}
