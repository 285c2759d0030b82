"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { FieldValues, UseFormSetError } from "react-hook-form";
import { toast } from "sonner";
import type { CustomFieldForm } from "@/features/custom-fields/use-custom-field-form";
import type { FieldMap } from "./field-errors";
import { useFormDialog } from "./form-dialog";
import { type ActionFailure, useServerErrors } from "./use-server-errors";

/** The record types with a create/edit form (`<type>-form.tsx` in a `<type>-form-dialog.tsx`). */
export type RecordFormObject = "contacts" | "companies" | "leads" | "deals" | "tasks";

type Outcome = { ok: true; data: unknown } | ({ ok: false } & ActionFailure);

/** A record type's create and update server actions. */
export type RecordActions<I> = {
  create: (slug: string, input: I & { custom: Record<string, unknown> }) => Promise<Outcome>;
  update: (slug: string, id: string, input: I) => Promise<Outcome>;
};

/**
 * What every record form shares: title, description and submit label of a new or an edited record
 * (from the type's messages), and `save`, which checks the custom fields, creates or updates the
 * record, shows the server's errors at the fields (custom ones too) or as the form's alert, and after a
 * save shows a toast (with "Open" for a new record where the type has a page for it), closes the
 * dialog and refreshes the page's data.
 */
export function useRecordForm<T extends FieldValues>({
  slug,
  object,
  recordId,
  setError,
  fields,
  custom,
}: {
  slug: string;
  object: RecordFormObject;
  /** The record edited; none for a new one. */
  recordId: string | undefined;
  setError: UseFormSetError<T>;
  fields: FieldMap<T>;
  custom: CustomFieldForm;
}) {
  const t = useTranslations(object);
  const tc = useTranslations("common");
  const router = useRouter();
  const dialog = useFormDialog();
  const showServerErrors = useServerErrors();
  const editing = recordId !== undefined;

  const saved = (created: unknown) => {
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

  const save = async <I extends object>(input: I, actions: RecordActions<I>): Promise<void> => {
    const customValues = custom.collect();
    if (!customValues) return;
    const result =
      recordId === undefined
        ? await actions.create(slug, { ...input, custom: customValues })
        : await actions.update(slug, recordId, input);
    if (!result.ok) return showServerErrors(setError, result, fields, custom.applyServerErrors);
    saved(result.data);
  };

  return {
    texts: {
      title: editing ? t("editTitle") : t("newTitle"),
      description: editing ? t("editDescription") : t("newDescription"),
      submitLabel: editing ? tc("save") : t("create"),
    },
    save,
  };
}
