"use client";
import { type CreateOrganizationInput, createOrganizationSchema } from "@crm/core/modules/orgs/schemas";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { DialogForm, FormDialog, useFormDialog } from "@/features/forms/form-dialog";
import { TextField } from "@/features/forms/form-fields";
import { useServerErrors } from "@/features/forms/use-server-errors";
import { authClient } from "@/lib/auth-client";
import { createOrganizationAction } from "./org-actions";

export function CreateOrgDialog({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  return (
    <FormDialog open={open} onOpenChange={onOpenChange}>
      <CreateOrgForm />
    </FormDialog>
  );
}

function CreateOrgForm() {
  const t = useTranslations("shell");
  const router = useRouter();
  const dialog = useFormDialog();
  const showServerErrors = useServerErrors();
  const form = useForm<CreateOrganizationInput>({
    resolver: zodResolver(createOrganizationSchema),
    defaultValues: {
      name: "",
      defaultCurrency: "USD",
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC",
    },
  });
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await createOrganizationAction(values);
    if (!result.ok) return showServerErrors(form.setError, result, ["name"]);
    await authClient.organization.setActive({ organizationId: result.data.orgId });
    dialog?.close();
    router.push(`/o/${result.data.slug}`);
    router.refresh();
  });
  return (
    <DialogForm
      formState={form.formState}
      onSubmit={onSubmit}
      title={t("newOrgTitle")}
      description={t("newOrgDescription")}
      submitLabel={t("newOrgCreate")}
    >
      <TextField control={form.control} name="name" label={t("newOrgName")} autoFocus required />
    </DialogForm>
  );
}
