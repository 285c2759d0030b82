"use client";
import { type CreateOrganizationInput, createOrganizationSchema } from "@crm/core/modules/orgs/schemas";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { FormField, fieldErrorProps } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { authClient } from "@/lib/auth-client";
import { createOrganizationAction } from "./org-actions";
import { applyServerErrors } from "./use-server-errors";

export function CreateOrgDialog({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const t = useTranslations("shell");
  const tc = useTranslations("common");
  const router = useRouter();
  const form = useForm<CreateOrganizationInput>({
    resolver: zodResolver(createOrganizationSchema),
    defaultValues: {
      name: "",
      defaultCurrency: "USD",
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC",
    },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await createOrganizationAction(values);
    if (!result.ok) {
      const message = applyServerErrors(result, form.setError, ["name"]);
      if (message) form.setError("name", { type: "server", message });
      return;
    }
    await authClient.organization.setActive({ organizationId: result.data.orgId });
    onOpenChange(false);
    form.reset();
    router.push(`/o/${result.data.slug}`);
    router.refresh();
  });
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent closeLabel={tc("close")}>
        <DialogHeader>
          <DialogTitle>{t("newOrgTitle")}</DialogTitle>
          <DialogDescription>{t("newOrgDescription")}</DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} className="grid gap-4" noValidate>
          <FormField id="new-org-name" label={t("newOrgName")} error={errors.name?.message} required>
            <Input
              id="new-org-name"
              {...form.register("name")}
              autoFocus
              required
              {...fieldErrorProps("new-org-name", errors.name?.message)}
            />
          </FormField>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => onOpenChange(false)}>
              {tc("cancel")}
            </Button>
            <Button type="submit" loading={isSubmitting}>
              {t("newOrgCreate")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
