"use client";
import {
  createCustomFieldSchema,
  keyFromLabel,
  updateCustomFieldSchema,
} from "@crm/core/modules/custom-fields/schemas";
import type { CustomFieldDefinition } from "@crm/core/modules/custom-fields/tables";
import { FIELD_TYPES, type FieldType } from "@crm/core/modules/records/enums";
import { Pencil, Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { toast } from "sonner";
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
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Switch } from "@/components/ui/switch";
import { Textarea } from "@/components/ui/textarea";
import { useActionError } from "@/features/records/use-action-error";
import { createCustomFieldAction, updateCustomFieldAction } from "./custom-field-actions";
import type { CustomFieldObject } from "./custom-field-objects";

type Props = { slug: string; object: CustomFieldObject; field?: CustomFieldDefinition };
type Errors = Partial<Record<"label" | "key" | "type" | "options", string>>;

const isChoice = (type: FieldType) => type === "select" || type === "multiselect";
const toOptions = (text: string) =>
  text
    .split("\n")
    .map((o) => o.trim())
    .filter(Boolean);

/**
 * Defines a custom field or edits one. Key and type are fixed once created (stored values keep their
 * meaning); label, options and required change. The input is checked with the server's schemas.
 */
export function CustomFieldDialog({ slug, object, field }: Props) {
  const t = useTranslations("customFields");
  const tc = useTranslations("common");
  const router = useRouter();
  const actionError = useActionError();
  const [open, setOpen] = useState(false);
  const [label, setLabel] = useState(field?.label ?? "");
  const [key, setKey] = useState(field?.key ?? "");
  const [type, setType] = useState<FieldType>(field?.type ?? "text");
  const [options, setOptions] = useState((field?.options ?? []).join("\n"));
  const [required, setRequired] = useState(field?.required ?? false);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const prefix = `cf-${field?.id ?? "new"}`;

  function reset() {
    setLabel(field?.label ?? "");
    setKey(field?.key ?? "");
    setType(field?.type ?? "text");
    setOptions((field?.options ?? []).join("\n"));
    setRequired(field?.required ?? false);
    setErrors({});
    setFormError(null);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const input = field
      ? { label, required, ...(isChoice(field.type) ? { options: toOptions(options) } : {}) }
      : { object, label, key: key.trim() || undefined, type, options: toOptions(options), required };
    const parsed = field
      ? updateCustomFieldSchema.safeParse(input)
      : createCustomFieldSchema.safeParse(input);
    if (!parsed.success) {
      const next: Errors = {};
      for (const issue of parsed.error.issues) {
        const name = String(issue.path[0]) as keyof Errors;
        next[name] ??= issue.message;
      }
      setErrors(next);
      return;
    }
    setErrors({});
    setPending(true);
    const result = field
      ? await updateCustomFieldAction(slug, field.id, input)
      : await createCustomFieldAction(slug, { ...input, object, type });
    setPending(false);
    if (!result.ok) {
      const fe = result.fieldErrors ?? {};
      const next: Errors = { label: fe.label?.[0], key: fe.key?.[0], options: fe.options?.[0] };
      setErrors(next);
      if (!next.label && !next.key && !next.options) setFormError(actionError(result));
      return;
    }
    toast.success(field ? tc("saved") : t("created"));
    setOpen(false);
    router.refresh();
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (pending) return;
        setOpen(next);
        if (next) reset();
      }}
    >
      <DialogTrigger asChild>
        {field ? (
          <Button variant="ghost" size="icon" aria-label={t("editField", { label: field.label })}>
            <Pencil aria-hidden="true" />
          </Button>
        ) : (
          <Button>
            <Plus aria-hidden="true" />
            {t("newField")}
          </Button>
        )}
      </DialogTrigger>
      <DialogContent closeLabel={tc("close")}>
        <form onSubmit={submit} noValidate className="grid gap-4">
          <DialogHeader>
            <DialogTitle>
              {field ? t("editTitle") : t("newFieldFor", { object: t(`objects.${object}`) })}
            </DialogTitle>
            <DialogDescription>{field ? t("editText") : t("newText")}</DialogDescription>
          </DialogHeader>
          <FormField id={`${prefix}-label`} label={t("label")} error={errors.label} required>
            <Input
              id={`${prefix}-label`}
              value={label}
              onChange={(e) => setLabel(e.target.value)}
              autoFocus
              autoComplete="off"
              maxLength={60}
              required
              {...fieldErrorProps(`${prefix}-label`, errors.label)}
            />
          </FormField>
          <div className="grid gap-4 sm:grid-cols-2">
            <FormField
              id={`${prefix}-type`}
              label={t("type")}
              error={errors.type}
              hint={field ? t("fixedHint") : undefined}
            >
              <Select value={type} onValueChange={(v) => setType(v as FieldType)} disabled={Boolean(field)}>
                <SelectTrigger id={`${prefix}-type`}>
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  {FIELD_TYPES.map((ft) => (
                    <SelectItem key={ft} value={ft}>
                      {t(`types.${ft}`)}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            </FormField>
            <FormField
              id={`${prefix}-key`}
              label={t("key")}
              error={errors.key}
              hint={field ? t("fixedHint") : t("keyHint")}
            >
              <Input
                id={`${prefix}-key`}
                value={key}
                onChange={(e) => setKey(e.target.value)}
                placeholder={keyFromLabel(label || t("label"))}
                disabled={Boolean(field)}
                autoComplete="off"
                spellCheck={false}
                maxLength={40}
                className="font-mono"
                {...fieldErrorProps(`${prefix}-key`, errors.key, field ? t("fixedHint") : t("keyHint"))}
              />
            </FormField>
          </div>
          {isChoice(type) ? (
            <FormField
              id={`${prefix}-options`}
              label={t("options")}
              error={errors.options}
              hint={t("optionsHint")}
              required
            >
              <Textarea
                id={`${prefix}-options`}
                value={options}
                onChange={(e) => setOptions(e.target.value)}
                rows={4}
                required
                {...fieldErrorProps(`${prefix}-options`, errors.options, t("optionsHint"))}
              />
            </FormField>
          ) : null}
          <div className="flex items-center gap-3">
            <Switch id={`${prefix}-required`} checked={required} onCheckedChange={setRequired} />
            <Label htmlFor={`${prefix}-required`}>{t("required")}</Label>
          </div>
          <FormError message={formError} />
          <DialogFooter>
            <DialogClose asChild>
              <Button type="button" variant="outline" disabled={pending}>
                {tc("cancel")}
              </Button>
            </DialogClose>
            <Button type="submit" loading={pending}>
              {field ? tc("save") : t("create")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
