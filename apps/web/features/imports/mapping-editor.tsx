"use client";
import {
  DUPLICATE_POLICIES,
  type DuplicatePolicy,
  type ImportMapping,
  type ImportObject,
  type UnknownOwnerPolicy,
} from "@crm/core/modules/imports/schemas";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";
import { useActionError } from "@/features/records/use-action-error";
import { previewImportAction, startImportAction } from "./import-actions";
import { type FieldOption, MappingTable } from "./mapping-table";
import { type Preview, PreviewTable } from "./preview-table";
import { type Template, TemplateControls } from "./template-controls";
import { UnknownOwnerChoice } from "./unknown-owner-choice";

type Props = {
  slug: string;
  importId: string;
  object: ImportObject;
  fields: FieldOption[];
  templates: Template[];
  initialPreview: Preview;
  initialPolicy: DuplicatePolicy;
  /** Whether the owner column counts for this user (reps own what they import). */
  canAssignOwners: boolean;
};

/** Step 2: the proposed mapping to adjust, the duplicate policy, a checked preview, and start. */
export function MappingEditor({
  slug,
  importId,
  object,
  fields,
  templates,
  initialPreview,
  initialPolicy,
  canAssignOwners,
}: Props) {
  const t = useTranslations("imports");
  const router = useRouter();
  const actionError = useActionError();
  const [mapping, setMapping] = useState<ImportMapping>(initialPreview.mapping);
  const [policy, setPolicy] = useState<DuplicatePolicy>(initialPolicy);
  const [ownerPolicy, setOwnerPolicy] = useState<UnknownOwnerPolicy>(initialPreview.unknownOwner);
  const [preview, setPreview] = useState<Preview>(initialPreview);
  const [error, setError] = useState<string | null>(null);
  const [checking, startChecking] = useTransition();
  const [starting, setStarting] = useState(false);
  const first = useRef(true);
  const errorText = useRef(actionError);
  errorText.current = actionError;
  const headers = initialPreview.headers;
  const examples = headers.map((_, i) => initialPreview.rows.find((r) => r.values[i])?.values[i] ?? "");
  const mapped = headers.filter((h) => mapping[h]).length;

  // Re-check the preview shortly after the mapping changes.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = setTimeout(() => {
      startChecking(async () => {
        const result = await previewImportAction(slug, importId, mapping, ownerPolicy);
        if (result.ok) setPreview(result.data);
        else setError(errorText.current(result));
      });
    }, 300);
    return () => clearTimeout(timer);
  }, [mapping, ownerPolicy, slug, importId]);

  async function start() {
    setStarting(true);
    setError(null);
    const result = await startImportAction(slug, importId, {
      mapping,
      onDuplicate: policy,
      unknownOwner: ownerPolicy,
    });
    if (!result.ok) {
      setError(actionError(result));
      setStarting(false);
      return;
    }
    router.refresh();
  }

  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
      <Card>
        <CardHeader>
          <CardTitle>{t("mapping.title")}</CardTitle>
          <CardDescription>{t("mapping.description")}</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          <TemplateControls
            slug={slug}
            object={object}
            templates={templates}
            mapping={mapping}
            onApply={(tpl) => {
              setMapping(Object.fromEntries(headers.map((h) => [h, tpl.mapping[h] ?? null])));
              toast.success(t("mapping.templateApplied"));
            }}
          />
          <MappingTable
            headers={headers}
            examples={examples}
            mapping={mapping}
            fields={fields}
            onChange={(header, target) => setMapping((m) => ({ ...m, [header]: target }))}
          />
          <p className="text-muted-foreground text-sm" data-testid="import-mapped-count">
            {t("mapping.mapped", { mapped, total: headers.length })}
          </p>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("duplicates.title")}</CardTitle>
          <CardDescription>{t(`duplicates.hint.${object}`)}</CardDescription>
        </CardHeader>
        <CardContent>
          <fieldset className="grid gap-2" disabled={object === "deals"}>
            <legend className="sr-only">{t("duplicates.title")}</legend>
            {DUPLICATE_POLICIES.map((p) => (
              <label key={p} className="flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  name="onDuplicate"
                  value={p}
                  checked={policy === p}
                  onChange={() => setPolicy(p)}
                  className="size-4 accent-primary"
                  data-testid={`import-policy-${p}`}
                />
                {t(`duplicates.${p}`)}
              </label>
            ))}
          </fieldset>
        </CardContent>
      </Card>
      {canAssignOwners && Object.values(mapping).includes("owner") ? (
        <UnknownOwnerChoice
          policy={ownerPolicy}
          onChange={setOwnerPolicy}
          unknownOwners={preview.unknownOwners}
          previewed={preview.rows.length}
        />
      ) : null}
      <Card>
        <CardHeader className="flex flex-row items-start justify-between gap-2">
          <div className="grid gap-1.5">
            <CardTitle>{t("preview.title")}</CardTitle>
            <CardDescription>{t("preview.description")}</CardDescription>
          </div>
        </CardHeader>
        <CardContent aria-busy={checking}>
          <PreviewTable preview={preview} mapping={mapping} fields={fields} />
        </CardContent>
      </Card>
      <FormError message={error ?? (mapped === 0 ? t("mapping.noneMapped") : null)} />
      <div className="flex justify-end">
        <Button
          onClick={start}
          loading={starting}
          disabled={mapped === 0 || checking}
          data-testid="import-start"
        >
          {t("start")}
        </Button>
      </div>
    </div>
  );
}
