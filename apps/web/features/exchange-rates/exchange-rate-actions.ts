"use server";
import { exchangeRateOperations as op } from "@crm/core/modules/exchange-rates/operations";
import type {
  CreateExchangeRateInput,
  UpdateExchangeRateInput,
} from "@crm/core/modules/exchange-rates/schemas";
import { runOrgOperation } from "@/lib/operation-action";

export async function createExchangeRateAction(slug: string, input: CreateExchangeRateInput) {
  const result = await runOrgOperation(slug, op.create, input);
  return result.ok ? { ok: true as const, data: undefined } : result;
}

export async function updateExchangeRateAction(slug: string, id: string, patch: UpdateExchangeRateInput) {
  const result = await runOrgOperation(slug, op.update, { id, patch });
  return result.ok ? { ok: true as const, data: undefined } : result;
}

export async function deleteExchangeRateAction(slug: string, id: string) {
  const result = await runOrgOperation(slug, op.delete, { id });
  return result.ok ? { ok: true as const, data: undefined } : result;
}

/** The ECB's daily file from its fixed address (never a caller-given URL). */
export async function importEcbRatesAction(slug: string) {
  return runOrgOperation(slug, op.importEcb, {});
}
