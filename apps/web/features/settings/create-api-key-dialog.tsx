"use client";
import { type CreateApiKeyInput, createApiKeySchema } from "@crm/core/modules/api-keys/schemas";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import {
  DialogClose,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { DialogForm, FormDialog, NewButton } from "@/features/forms/form-dialog";
import { TextField } from "@/features/forms/form-fields";
import { useServerErrors } from "@/features/forms/use-server-errors";
import { createApiKeyAction } from "./api-key-actions";
import { CopyField } from "./copy-field";
import { RoleField } from "./role-select";

type Created = { name: string; key: string };

export function CreateApiKeyDialog({ slug }: { slug: string }) {
  const t = useTranslations("settings");
  const [created, setCreated] = useState<Created | null>(null);
  return (
    <FormDialog
      trigger={<NewButton label={t("createKey")} />}
      // The key is gone for good once the dialog closes.
      onOpenChange={(open) => !open && setCreated(null)}
      // A stray click outside must not throw away a key that is shown only once.
      onInteractOutside={(event) => created && event.preventDefault()}
    >
      {created ? <KeyCreated created={created} /> : <CreateKeyForm slug={slug} onCreated={setCreated} />}
    </FormDialog>
  );
}

function CreateKeyForm({ slug, onCreated }: { slug: string; onCreated: (created: Created) => void }) {
  const t = useTranslations("settings");
  const tc = useTranslations("common");
  const router = useRouter();
  const showServerErrors = useServerErrors();
  const form = useForm<CreateApiKeyInput>({
    resolver: zodResolver(createApiKeySchema),
    defaultValues: { name: "", role: "readonly" },
  });

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await createApiKeyAction(slug, values);
    if (!result.ok) return showServerErrors(form.setError, result, ["name", "role"]);
    onCreated({ name: result.data.name, key: result.data.key });
    router.refresh();
  });

  return (
    <DialogForm
      formState={form.formState}
      onSubmit={onSubmit}
      title={t("createKey")}
      description={t("createKeyDescription")}
      submitLabel={t("createKey")}
    >
      <TextField
        control={form.control}
        name="name"
        label={t("keyName")}
        autoComplete="off"
        required
        autoFocus
      />
      <RoleField control={form.control} name="role" label={tc("role")} />
    </DialogForm>
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
