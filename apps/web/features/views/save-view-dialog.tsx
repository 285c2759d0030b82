"use client";
import { createViewSchema } from "@crm/core/modules/views/schemas";
import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { parseForForm } from "@/features/forms/field-errors";
import { DialogForm, FormDialog, useFormDialog } from "@/features/forms/form-dialog";
import { SwitchField, TextField } from "@/features/forms/form-fields";
import { useServerErrors } from "@/features/forms/use-server-errors";
import type { ListObject } from "@/features/records/record-objects";
import { createViewAction } from "./view-actions";
import { stateFromUrl } from "./view-state";

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  slug: string;
  object: ListObject;
  filterKeys: readonly string[];
  /** Publishing to the org is a write; readonly members save private views only. */
  canShare: boolean;
  onSaved: () => Promise<void>;
};

/** Names the list's current state (search, filters, sort, columns) and saves it, privately or for the org. */
export function SaveViewDialog({ open, onOpenChange, ...props }: Props) {
  return (
    <FormDialog open={open} onOpenChange={onOpenChange}>
      <SaveViewForm {...props} />
    </FormDialog>
  );
}

const nameOnly = createViewSchema.pick({ name: true });

function SaveViewForm({ slug, object, filterKeys, canShare, onSaved }: Omit<Props, "open" | "onOpenChange">) {
  const t = useTranslations("views");
  const params = useSearchParams();
  const dialog = useFormDialog();
  const showServerErrors = useServerErrors();
  const form = useForm<{ name: string; shared: boolean }>({ defaultValues: { name: "", shared: false } });

  const onSubmit = form.handleSubmit(async ({ name, shared }) => {
    // The same rule as the server's, checked here to name the field at once.
    if (!parseForForm(nameOnly, { name }, form.setError, ["name"])) return;
    const state = stateFromUrl(params, filterKeys);
    const result = await createViewAction(slug, { object, name, shared: canShare && shared, state });
    if (!result.ok) return showServerErrors(form.setError, result, ["name"]);
    toast.success(t("saved", { name: result.data.name }));
    dialog?.close();
    await onSaved();
  });

  return (
    <DialogForm
      formState={form.formState}
      onSubmit={onSubmit}
      title={t("saveTitle")}
      description={t("saveDescription")}
      submitLabel={t("saveButton")}
    >
      <TextField
        control={form.control}
        name="name"
        label={t("name")}
        placeholder={t("namePlaceholder")}
        maxLength={100}
        required
        autoFocus
      />
      {canShare ? (
        <SwitchField
          control={form.control}
          name="shared"
          label={t("shareWithOrg")}
          hint={t("shareWithOrgHint")}
        />
      ) : null}
    </DialogForm>
  );
}
