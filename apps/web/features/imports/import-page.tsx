import { listCustomFields } from "@crm/core/modules/custom-fields/list-custom-fields";
import { getImport } from "@crm/core/modules/imports/get-import";
import { importFieldKeys } from "@crm/core/modules/imports/import-fields";
import { listMappingTemplates } from "@crm/core/modules/imports/mapping-templates";
import { prepareImport } from "@crm/core/modules/imports/prepare-import";
import { previewImport } from "@crm/core/modules/imports/preview-import";
import { AppError, isAppError } from "@crm/core/platform/errors";
import { can } from "@crm/core/platform/permissions";
import { ChevronLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { FormError } from "@/components/ui/form-error";
import { PageHeader } from "@/features/shell/page-header";
import { requireOrgContext } from "@/lib/org-context";
import { ImportProgress } from "./import-progress";
import { ImportStatusBadge } from "./import-status-badge";
import { MappingEditor } from "./mapping-editor";

type Props = { params: Promise<{ slug: string; id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("imports"))("title") };
}

/** /o/[slug]/import/[id] – a draft's mapping screen, or a started import's progress and summary. */
export async function ImportPage({ params }: Props) {
  const { slug, id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const { ctx } = await requireOrgContext(slug);
  const t = await getTranslations("imports");
  // The file's header row is read now (not in the upload request); an unreadable file ends as failed.
  await prepareImport(ctx, id);
  const imp = await getImport(ctx, id);
  const header = (
    <>
      <Link
        href={`/o/${slug}/import`}
        className="mb-2 inline-flex items-center gap-1 text-muted-foreground text-sm hover:text-foreground"
      >
        <ChevronLeft className="size-4" aria-hidden="true" />
        {t("back")}
      </Link>
      <PageHeader
        title={imp.fileName}
        description={
          <span className="inline-flex items-center gap-2">
            {t(`objects.${imp.object}`)} <ImportStatusBadge status={imp.status} />
          </span>
        }
      />
    </>
  );
  if (imp.status !== "draft") {
    return (
      <>
        {header}
        <ImportProgress
          slug={slug}
          initial={imp}
          canRollback={ctx.role === "admin" || imp.createdBy === ctx.userId}
        />
      </>
    );
  }
  const [custom, templates, preview] = await Promise.all([
    listCustomFields(ctx, { object: imp.object }),
    listMappingTemplates(ctx, imp.object),
    previewImport(ctx, id, {}).catch((error: unknown) => {
      // A row past the reader's caps (a cell longer than Excel allows, say): say so instead of a 500.
      if (isAppError(error) && error.code === "unprocessable") return error;
      throw error;
    }),
  ]);
  if (preview instanceof AppError) {
    return (
      <>
        {header}
        <FormError message={t("unreadable", { message: preview.message })} />
      </>
    );
  }
  const fields = [
    ...importFieldKeys(imp.object).map((key) => ({
      value: key,
      label: t(`fields.${imp.object}.${key}` as "fields.contacts.email"),
      custom: false,
    })),
    ...custom.map((d) => ({ value: `custom.${d.key}`, label: d.label, custom: true })),
  ];
  return (
    <>
      {header}
      <MappingEditor
        slug={slug}
        importId={id}
        object={imp.object}
        fields={fields}
        templates={templates.map((tpl) => ({ id: tpl.id, name: tpl.name, mapping: tpl.mapping }))}
        initialPreview={preview}
        initialPolicy={imp.onDuplicate}
        canAssignOwners={can(ctx, "records:assign")}
      />
    </>
  );
}
