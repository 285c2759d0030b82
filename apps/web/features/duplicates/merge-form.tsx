"use client";
import type { DuplicateObject } from "@crm/core/modules/duplicates/tables";
import { GitMerge } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { useActionError } from "@/features/records/use-action-error";
import { ConfirmDialog } from "@/features/settings/confirm-dialog";
import { cn } from "@/lib/cn";
import { mergeRecordsAction, undoMergeAction } from "./duplicate-actions";

export type MergeField = {
  key: string;
  label: string;
  /** The value of each record as shown, null when empty. */
  values: Record<string, string | null>;
  /** A record whose value wins by default whoever survives (do-not-contact: once set, kept). */
  prefer: string | null;
};

type Props = {
  slug: string;
  object: DuplicateObject;
  records: { id: string; name: string }[];
  fields: MergeField[];
};

/** Default: the survivor's value when it has one, else the first record's that has one. */
function defaultChoice(field: MergeField, survivorId: string, order: string[]): string {
  if (field.prefer) return field.prefer;
  if (field.values[survivorId] !== null) return survivorId;
  return order.find((id) => field.values[id] !== null) ?? survivorId;
}

export function MergeForm({ slug, object, records, fields }: Props) {
  const t = useTranslations("duplicates");
  const router = useRouter();
  const actionError = useActionError();
  const order = records.map((r) => r.id);
  const [survivorId, setSurvivorId] = useState(order[0] as string);
  // Only fields the user picked by hand; the rest follow the survivor.
  const [picked, setPicked] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const choiceOf = (field: MergeField) => picked[field.key] ?? defaultChoice(field, survivorId, order);
  const survivor = records.find((r) => r.id === survivorId);

  async function merge(): Promise<boolean> {
    setError(null);
    const choices = Object.fromEntries(fields.map((f) => [f.key, choiceOf(f)]));
    const result = await mergeRecordsAction(slug, object, {
      survivorId,
      mergedIds: order.filter((id) => id !== survivorId),
      fields: choices,
    });
    if (!result.ok) {
      setError(actionError(result));
      return true;
    }
    const { mergeId } = result.data;
    toast.success(t("merge.done"), {
      action: {
        label: t("notice.undo"),
        onClick: async () => {
          const undone = await undoMergeAction(slug, mergeId);
          if (undone.ok) {
            toast.success(t("notice.done"));
            router.refresh();
          } else toast.error(actionError(undone));
        },
      },
    });
    router.push(`/o/${slug}/${object}/${survivorId}`);
    return true;
  }

  return (
    <div className="flex flex-col gap-4" data-testid="merge-form">
      <div className="overflow-x-auto rounded-lg border">
        <table className="w-full min-w-[32rem] border-collapse text-sm">
          <caption className="sr-only">{t("merge.title", { count: records.length })}</caption>
          <thead>
            <tr className="border-b bg-muted/50">
              <th scope="col" className="w-40 p-3 text-left font-medium text-muted-foreground">
                {t("merge.field")}
              </th>
              {records.map((record) => (
                <th key={record.id} scope="col" className="p-3 text-left align-top font-medium">
                  <label
                    className={cn(
                      "flex cursor-pointer items-start gap-2 rounded-md p-1",
                      record.id === survivorId && "text-primary",
                    )}
                  >
                    <input
                      type="radio"
                      name="survivor"
                      value={record.id}
                      checked={record.id === survivorId}
                      onChange={() => setSurvivorId(record.id)}
                      className="mt-0.5 size-4 accent-primary"
                      data-testid="merge-survivor"
                    />
                    <span className="min-w-0">
                      <span className="block break-words">{record.name || "—"}</span>
                      <span className="block font-normal text-muted-foreground text-xs">
                        {record.id === survivorId ? t("merge.kept") : t("merge.keep")}
                      </span>
                    </span>
                  </label>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => (
              <tr key={field.key} className="border-b last:border-b-0">
                <th scope="row" className="p-3 text-left align-top font-medium text-muted-foreground">
                  {field.label}
                </th>
                {records.map((record) => {
                  const value = field.values[record.id] ?? null;
                  const shown = value ?? t("merge.empty");
                  return (
                    <td key={record.id} className="p-3 align-top">
                      <label className="flex cursor-pointer items-start gap-2 rounded-md p-1 hover:bg-accent/50">
                        <input
                          type="radio"
                          name={`field-${field.key}`}
                          value={record.id}
                          checked={choiceOf(field) === record.id}
                          onChange={() => setPicked((prev) => ({ ...prev, [field.key]: record.id }))}
                          aria-label={t("merge.pick", { value: shown, field: field.label })}
                          className="mt-0.5 size-4 shrink-0 accent-primary"
                          data-testid={`merge-field-${field.key}`}
                        />
                        <span
                          className={cn(
                            "min-w-0 break-words",
                            value === null && "text-muted-foreground italic",
                          )}
                        >
                          {shown}
                        </span>
                      </label>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="text-muted-foreground text-sm">{t("merge.united")}</p>
      <FormError message={error} />
      <div className="flex justify-end">
        <ConfirmDialog
          trigger={
            <Button data-testid="merge-submit">
              <GitMerge aria-hidden="true" />
              {t("merge.submit")}
            </Button>
          }
          title={t("merge.confirmTitle")}
          description={t("merge.confirmText", { count: records.length - 1, name: survivor?.name ?? "" })}
          confirmLabel={t("merge.submit")}
          onConfirm={merge}
        />
      </div>
    </div>
  );
}
