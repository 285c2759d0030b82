"use client";
import { type CreateApiKeyInput, createApiKeySchema } from "@crm/core/modules/api-keys/schemas";
import { zodResolver } from "@hookform/resolvers/zod";
import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { FormField, fieldErrorProps } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { applyServerErrors } from "@/features/shell/use-server-errors";
import { createApiKeyAction } from "./api-key-actions";
import { CopyField } from "./copy-field";
import { RoleSelect } from "./role-select";

type Created = { name: string; key: string };

export function CreateApiKeyDialog({ slug }: { slug: string }) {
  const t = useTranslations("settings");
  const tc = useTranslations("common");
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<Created | null>(null);
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        // The key is gone for good once the dialog closes.
        if (!next) setCreated(null);
      }}
    >
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden="true" />
          {t("createKey")}
        </Button>
      </DialogTrigger>
      <DialogContent
        closeLabel={tc("close")}
        // A stray click outside must not throw away a key that is shown only once.
        onInteractOutside={(event) => created && event.preventDefault()}
      >
        {created ? <KeyCreated created={created} /> : <CreateKeyForm slug={slug} onCreated={setCreated} />}
      </DialogContent>
    </Dialog>
  );
}

const FIELDS = ["name", "role"] as const;

function CreateKeyForm({ slug, onCreated }: { slug: string; onCreated: (created: Created) => void }) {
  const t = useTranslations("settings");
  const tc = useTranslations("common");
  const tr = useTranslations("roles");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<CreateApiKeyInput>({
    resolver: zodResolver(createApiKeySchema),
    defaultValues: { name: "", role: "readonly" },
  });
  const { errors, isSubmitting } = form.formState;
  const role = form.watch("role");

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await createApiKeyAction(slug, values);
    if (!result.ok) {
      setFormError(applyServerErrors(result, form.setError, FIELDS));
      return;
    }
    onCreated({ name: result.data.name, key: result.data.key });
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <DialogHeader>
        <DialogTitle>{t("createKey")}</DialogTitle>
        <DialogDescription>{t("createKeyDescription")}</DialogDescription>
      </DialogHeader>
      <FormField id="key-name" label={t("keyName")} error={errors.name?.message} required>
        <Input
          id="key-name"
          {...form.register("name")}
          autoComplete="off"
          required
          autoFocus
          {...fieldErrorProps("key-name", errors.name?.message)}
        />
      </FormField>
      <FormField id="key-role" label={tc("role")} error={errors.role?.message} hint={tr(`${role}Hint`)}>
        <Controller
          control={form.control}
          name="role"
          render={({ field }) => (
            <RoleSelect
              id="key-role"
              value={field.value}
              onChange={field.onChange}
              {...fieldErrorProps("key-role", errors.role?.message, tr(`${role}Hint`))}
            />
          )}
        />
      </FormField>
      <FormError message={formError} />
      <DialogFooter>
        <DialogClose asChild>
          <Button type="button" variant="outline">
            {tc("cancel")}
          </Button>
        </DialogClose>
        <Button type="submit" loading={isSubmitting}>
          {t("createKey")}
        </Button>
      </DialogFooter>
    </form>
  );
}

function KeyCreated({ created }: { created: Created }) {
  const t = useTranslations("settings");
  const tc = useTranslations("common");
  const url = `${window.location.origin}/api/v1/me`;
  return (
    <>
      <DialogHeader>
        <DialogTitle>{t("keyCreatedTitle")}</DialogTitle>
        <DialogDescription>{t("keyCreatedText")}</DialogDescription>
      </DialogHeader>
      <CopyField
        id="new-api-key"
        value={created.key}
        label={t("apiKeyFor", { name: created.name })}
        testId="new-api-key"
      />
      <p className="break-all rounded-md bg-muted px-3 py-2 font-mono text-muted-foreground text-xs">
        {t("apiDocsHint", { url })}
      </p>
      <DialogFooter>
        <DialogClose asChild>
          <Button type="button">{tc("close")}</Button>
        </DialogClose>
      </DialogFooter>
    </>
  );
}
