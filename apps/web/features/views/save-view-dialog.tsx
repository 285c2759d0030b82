"use client";
import { createViewSchema } from "@crm/core/modules/views/schemas";
import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useId, useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { FormField, fieldErrorProps } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import { Switch } from "@/components/ui/switch";
import type { ListObject } from "@/features/records/record-objects";
import { useActionError } from "@/features/records/use-action-error";
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
export function SaveViewDialog({ open, onOpenChange, slug, object, filterKeys, canShare, onSaved }: Props) {
  const t = useTranslations("views");
  const tValidation = useTranslations("validation");
  const params = useSearchParams();
  const actionError = useActionError();
  const id = useId();
  const [name, setName] = useState("");
  const [shared, setShared] = useState(false);
  const [nameError, setNameError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The same rule as the server (createViewSchema), checked here to name the field at once.
    if (!createViewSchema.shape.name.safeParse(name).success) {
      setNameError(tValidation("required"));
      return;
    }
    startTransition(async () => {
      const state = stateFromUrl(params, filterKeys);
      const result = await createViewAction(slug, { object, name, shared: canShare && shared, state });
      if (!result.ok) {
        setNameError(result.fieldErrors?.name?.[0] ?? null);
        setFormError(result.fieldErrors?.name ? null : actionError(result));
        return;
      }
      toast.success(t("saved", { name: result.data.name }));
      setName("");
      setShared(false);
      setNameError(null);
      setFormError(null);
      onOpenChange(false);
      await onSaved();
    });
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent>
        <form onSubmit={submit} className="grid gap-4" noValidate>
          <DialogHeader>
            <DialogTitle>{t("saveTitle")}</DialogTitle>
            <DialogDescription>{t("saveDescription")}</DialogDescription>
          </DialogHeader>
          <FormError message={formError} />
          <FormField id={`${id}-name`} label={t("name")} error={nameError} required>
            <Input
              id={`${id}-name`}
              value={name}
              onChange={(e) => setName(e.target.value)}
              placeholder={t("namePlaceholder")}
              maxLength={100}
              required
              autoFocus
              {...fieldErrorProps(`${id}-name`, nameError)}
            />
          </FormField>
          {canShare ? (
            <div className="flex items-start gap-3">
              <Switch
                id={`${id}-shared`}
                checked={shared}
                onCheckedChange={setShared}
                aria-describedby={`${id}-shared-hint`}
              />
              <div className="grid gap-1">
                <label htmlFor={`${id}-shared`} className="font-medium text-sm leading-none">
                  {t("shareWithOrg")}
                </label>
                <p id={`${id}-shared-hint`} className="text-muted-foreground text-sm">
                  {t("shareWithOrgHint")}
                </p>
              </div>
            </div>
          ) : null}
          <DialogFooter>
            <Button type="submit" disabled={pending}>
              {pending ? <Spinner /> : null}
              {t("saveButton")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
