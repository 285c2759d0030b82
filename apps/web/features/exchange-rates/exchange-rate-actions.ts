"use server";
import { createExchangeRate } from "@crm/core/modules/exchange-rates/create-exchange-rate";
import { deleteExchangeRate } from "@crm/core/modules/exchange-rates/delete-exchange-rate";
import { importEcbRates } from "@crm/core/modules/exchange-rates/import-ecb-rates";
import type {
  CreateExchangeRateInput,
  UpdateExchangeRateInput,
} from "@crm/core/modules/exchange-rates/schemas";
import { updateExchangeRate } from "@crm/core/modules/exchange-rates/update-exchange-rate";
import { runOrgAction } from "@/lib/actions";

export async function createExchangeRateAction(slug: string, input: CreateExchangeRateInput) {
  return runOrgAction("exchangeRates.create", slug, async (ctx) => {
    await createExchangeRate(ctx, input);
  });
}

export async function updateExchangeRateAction(slug: string, id: string, input: UpdateExchangeRateInput) {
  return runOrgAction("exchangeRates.update", slug, async (ctx) => {
    await updateExchangeRate(ctx, id, input);
  });
}

export async function deleteExchangeRateAction(slug: string, id: string) {
  return runOrgAction("exchangeRates.delete", slug, (ctx) => deleteExchangeRate(ctx, id));
}

/** The ECB's daily file from its fixed address (never a caller-given URL). */
export async function importEcbRatesAction(slug: string) {
  return runOrgAction("exchangeRates.importEcb", slug, (ctx) => importEcbRates(ctx));
}
