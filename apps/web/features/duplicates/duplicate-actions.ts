"use server";
import { findSimilarCompanies, findSimilarContacts } from "@crm/core/modules/duplicates/find-similar";
import { mergeRecords } from "@crm/core/modules/duplicates/merge-records";
import { duplicateOperations } from "@crm/core/modules/duplicates/operations";
import {
  type DismissDuplicateInput,
  duplicateObjectSchema,
  type FindSimilarCompanyInput,
  type FindSimilarContactInput,
  type MergeRecordsInput,
} from "@crm/core/modules/duplicates/schemas";
import { undoMerge } from "@crm/core/modules/duplicates/undo-merge";
import { z } from "zod";
import { runOrgAction } from "@/lib/actions";
import { runOrgOperation } from "@/lib/operation-action";

export async function dismissDuplicateAction(slug: string, input: DismissDuplicateInput) {
  const result = await runOrgOperation(slug, duplicateOperations.dismiss, input);
  return result.ok ? { ok: true as const, data: undefined } : result;
}

export async function mergeRecordsAction(slug: string, object: string, input: MergeRecordsInput) {
  return runOrgAction("duplicates.merge", slug, (ctx) =>
    mergeRecords(ctx, duplicateObjectSchema.parse(object), input),
  );
}

export async function undoMergeAction(slug: string, mergeId: string) {
  return runOrgAction("duplicates.undoMerge", slug, (ctx) => undoMerge(ctx, z.uuid().parse(mergeId)));
}

/** The create dialogs ask before saving whether the record already exists. */
export async function findSimilarContactsAction(slug: string, input: FindSimilarContactInput) {
  return runOrgAction("duplicates.findSimilarContacts", slug, (ctx) => findSimilarContacts(ctx, input));
}

export async function findSimilarCompaniesAction(slug: string, input: FindSimilarCompanyInput) {
  return runOrgAction("duplicates.findSimilarCompanies", slug, (ctx) => findSimilarCompanies(ctx, input));
}
