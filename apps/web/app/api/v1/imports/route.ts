// POST /api/v1/imports – upload a CSV/XLSX (multipart: file, object, mapping?, onDuplicate?, unknownOwner?) and queue its import; GET – recent imports
import { createImport } from "@crm/core/modules/imports/create-import";
import { listImports } from "@crm/core/modules/imports/list-imports";
import { assertCan } from "@crm/core/platform/permissions";
import {
  discardSpooledUpload,
  parseMappingField,
  readImportUpload,
} from "@/features/imports/read-import-upload";
import { withApi } from "@/lib/api/with-api";

export const POST = withApi(async (request, { ctx }) => {
  assertCan(ctx, "records:write"); // before receiving up to 100 MB
  const { fields, fileName, file } = await readImportUpload(request);
  try {
    const draft = fields.draft === "true";
    const created = await createImport(ctx, {
      object: fields.object,
      fileName,
      file,
      mapping: parseMappingField(fields.mapping),
      onDuplicate: fields.onDuplicate || undefined,
      unknownOwner: fields.unknownOwner || undefined,
      draft,
    });
    return Response.json({ data: { id: created.id, status: created.status } }, { status: draft ? 201 : 202 });
  } finally {
    await discardSpooledUpload(file);
  }
});

export const GET = withApi(async (_request, { ctx }) => Response.json({ data: await listImports(ctx) }));
