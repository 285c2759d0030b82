"use client";
import type { CustomFieldDefinition } from "@crm/core/modules/custom-fields/tables";
import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { useActionError } from "@/features/records/use-action-error";
import { ConfirmDialog } from "@/features/settings/confirm-dialog";
import { deleteCustomFieldAction } from "./custom-field-actions";
import { CustomFieldDialog } from "./custom-field-dialog";
import type { CustomFieldObject } from "./custom-field-objects";

type Props = { slug: string; object: CustomFieldObject; fields: CustomFieldDefinition[]; canManage: boolean };

/** The definitions of one record type, in form order, with edit and delete for admins. */
export function CustomFieldsTable({ slug, object, fields, canManage }: Props) {
  const t = useTranslations("customFields");
  const router = useRouter();
  const actionError = useActionError();

  async function remove(field: CustomFieldDefinition) {
    const result = await deleteCustomFieldAction(slug, field.id);
    if (!result.ok) {
      toast.error(actionError(result));
      return false;
    }
    toast.success(t("deleted", { count: result.data }));
    router.refresh();
    return true;
  }

  return (
    <ul className="divide-y rounded-lg border">
      {fields.map((field) => (
        <li key={field.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-3">
          <div className="grid min-w-0 flex-1 gap-0.5">
            <span className="truncate font-medium">
              {field.label}
              {field.required ? (
                <span className="ml-1 text-destructive" title={t("required")}>
                  *<span className="sr-only">{t("required")}</span>
                </span>
              ) : null}
            </span>
            <span className="truncate font-mono text-muted-foreground text-xs">cf.{field.key}</span>
            {field.options.length > 0 ? (
              <span className="truncate text-muted-foreground text-xs">{field.options.join(" · ")}</span>
            ) : null}
          </div>
          <Badge variant="muted">{t(`types.${field.type}`)}</Badge>
          {canManage ? (
            <div className="flex items-center">
              <CustomFieldDialog slug={slug} object={object} field={field} />
              <ConfirmDialog
                trigger={
                  <Button variant="ghost" size="icon" aria-label={t("deleteField", { label: field.label })}>
                    <Trash2 aria-hidden="true" />
                  </Button>
                }
                title={t("deleteTitle", { label: field.label })}
                description={t("deleteText")}
                confirmLabel={t("deleteConfirm")}
                onConfirm={() => remove(field)}
              />
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
