"use server";
import { saveMappingTemplate } from "@crm/core/modules/imports/mapping-templates";
import { importOperations } from "@crm/core/modules/imports/operations";
import { previewImport } from "@crm/core/modules/imports/preview-import";
import type {
  ImportMapping,
  ImportSettingsInput,
  MappingTemplateInput,
  UnknownOwnerPolicy,
} from "@crm/core/modules/imports/schemas";
import { startImport } from "@crm/core/modules/imports/start-import";
import { runOrgAction } from "@/lib/actions";
import { runOrgOperation } from "@/lib/operation-action";

// Server actions of the import screens: thin adapters to the services the REST API uses too.

export async function previewImportAction(
  slug: string,
  id: string,
  mapping: ImportMapping,
  unknownOwner: UnknownOwnerPolicy,
) {
  return runOrgAction("imports.preview", slug, (ctx) => previewImport(ctx, id, { mapping, unknownOwner }));
}

export async function startImportAction(slug: string, id: string, input: ImportSettingsInput) {
  return runOrgAction("imports.start", slug, (ctx) => startImport(ctx, id, input));
}

export async function saveTemplateAction(slug: string, input: MappingTemplateInput) {
  return runOrgAction("imports.saveTemplate", slug, async (ctx) => {
    const row = await saveMappingTemplate(ctx, input);
    return { id: row.id, name: row.name, mapping: row.mapping };
  });
}

export async function importStatusAction(slug: string, id: string) {
  return runOrgOperation(slug, importOperations.get, { id });
}

export async function rollbackImportAction(slug: string, id: string) {
  return runOrgOperation(slug, importOperations.rollback, { id });
}
