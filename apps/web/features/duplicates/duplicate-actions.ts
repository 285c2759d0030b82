"use server";
import { findSimilarCompanies, findSimilarContacts } from "@crm/core/modules/duplicates/find-similar";
import { mergeOperations } from "@crm/core/modules/duplicates/merge-operations";
import { duplicateOperations } from "@crm/core/modules/duplicates/operations";
import type {
  DismissDuplicateInput,
  FindSimilarCompanyInput,
  FindSimilarContactInput,
  MergeRecordsInput,
} from "@crm/core/modules/duplicates/schemas";
import type { DuplicateObject } from "@crm/core/modules/duplicates/tables";
import { runOrgAction } from "@/lib/actions";
import { runOrgOperation } from "@/lib/operation-action";

export async function dismissDuplicateAction(slug: string, input: DismissDuplicateInput) {
  const result = await runOrgOperation(slug, duplicateOperations.dismiss, input);
  return result.ok ? { ok: true as const, data: undefined } : result;
}

export async function mergeRecordsAction(slug: string, object: DuplicateObject, input: MergeRecordsInput) {
  return runOrgOperation(
    slug,
    object === "companies" ? mergeOperations.companies : mergeOperations.contacts,
    input,
  );
}

export async function undoMergeAction(slug: string, mergeId: string) {
  return runOrgOperation(slug, mergeOperations.undo, { id: mergeId });
}

/** The create dialogs ask before saving whether the record already exists. */
export async function findSimilarContactsAction(slug: string, input: FindSimilarContactInput) {
  return runOrgAction("duplicates.findSimilarContacts", slug, (ctx) => findSimilarContacts(ctx, input));
}

export async function findSimilarCompaniesAction(slug: string, input: FindSimilarCompanyInput) {
  return runOrgAction("duplicates.findSimilarCompanies", slug, (ctx) => findSimilarCompanies(ctx, input));
}
