import type { Tx } from "../../db/client";
import { listDealContactIds } from "./deal-contacts";
import type { Deal } from "./tables";
import { withWeightedValue } from "./weighted-value";

/** One deal as the API answers it: the row, its weighted value and its additional contacts. */
export async function dealResponse(tx: Tx, orgId: string, deal: Deal) {
  return withWeightedValue({ ...deal, contactIds: await listDealContactIds(tx, orgId, deal.id) });
}

export type DealResponse = Awaited<ReturnType<typeof dealResponse>>;
