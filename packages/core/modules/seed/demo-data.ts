import { randomBytes } from "node:crypto";
import { createOrgWithAdmin } from "../orgs/create-org-with-admin";
import { addSampleExchangeRates } from "./sample-exchange-rates";
import { type SeedProgress, seedOrg } from "./seed-org";
import type { SeedLanguage } from "./text-templates";

/** A few thousand records: enough to feel like a real team's CRM, loaded in seconds. */
export const DEMO_SIZES = {
  companies: 300,
  contacts: 2000,
  leads: 150,
  deals: 400,
  activities: 5000,
  tasks: 200,
} as const;

/**
 * Fills an existing org (the one just created on the setup page) with the demo data, its text in
 * `language` (default: the admin's language, else English).
 */
export async function loadSampleData(
  orgId: string,
  onProgress?: (p: SeedProgress) => void,
  language?: SeedLanguage,
) {
  const seeded = await seedOrg({ orgId, ...DEMO_SIZES, seed: 42, language }, onProgress);
  const exchangeRates = await addSampleExchangeRates(orgId, seeded.currency);
  return { ...seeded, exchangeRates };
}

/** `crm demo`: a new "Demo Company" org with its admin, four reps and the demo data. */
export async function createDemoOrg(
  input: { email?: string; password?: string; orgName?: string; language?: SeedLanguage },
  onProgress?: (p: SeedProgress) => void,
) {
  const suffix = randomBytes(3).toString("hex");
  const email = input.email ?? `admin-${suffix}@demo.example.com`;
  const password = input.password ?? randomBytes(12).toString("base64url");
  const { orgId, userId, slug } = await createOrgWithAdmin({
    orgName: input.orgName ?? `Demo Company ${suffix}`,
    name: "Demo Admin",
    email,
    password,
  });
  const seeded = await loadSampleData(orgId, onProgress, input.language);
  return { ...seeded, userId, slug, email, password };
}
