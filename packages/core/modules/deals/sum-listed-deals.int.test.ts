// Regression: the deals list showed no value sum. It sums every deal the filters select (not just
// the page), per currency, in SQL, and only the deals the caller may see.
import { describe, expect, it } from "vitest";
import { addTestMember, createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { createDeal } from "./create-deal";
import { deleteDeal } from "./delete-deal";
import { sumListedDeals } from "./sum-listed-deals";

useTestDatabase();

describe("deals list: value sums", () => {
  it("sums the filtered list per currency, whatever the page size, for what the caller sees", async () => {
    const org = await createTestOrg("Sums");
    const rep = await addTestMember(org.orgId, "rep");
    await createDeal(org.ctx, { title: "Alpha one", value: 100_00, currency: "EUR" });
    await createDeal(org.ctx, { title: "Alpha two", value: 250_00, currency: "EUR" });
    await createDeal(org.ctx, { title: "Alpha three", value: 40_00, currency: "USD" });
    const gone = await createDeal(org.ctx, { title: "Alpha gone", value: 999_00, currency: "EUR" });
    await deleteDeal(org.ctx, gone.id);
    await createDeal(rep.ctx, { title: "Beta", value: 7_00, currency: "EUR" });

    expect(await sumListedDeals(org.ctx, { q: "Alpha", limit: 1 })).toEqual([
      { currency: "EUR", count: 2, value: 350_00 },
      { currency: "USD", count: 1, value: 40_00 },
    ]);
    // Unfiltered, from the totals kept by trigger: the trashed deal is not in it.
    expect(await sumListedDeals(org.ctx, {})).toEqual([
      { currency: "EUR", count: 3, value: 357_00 },
      { currency: "USD", count: 1, value: 40_00 },
    ]);
    expect(await sumListedDeals(org.ctx, {}, { ownerId: rep.userId })).toEqual([
      { currency: "EUR", count: 1, value: 7_00 },
    ]);
    // A rep sums only their own deals.
    expect(await sumListedDeals(rep.ctx, {})).toEqual([{ currency: "EUR", count: 1, value: 7_00 }]);
    expect(await sumListedDeals(org.ctx, { q: "nothing like it" })).toEqual([]);
  });
});
