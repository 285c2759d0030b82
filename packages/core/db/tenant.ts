import { sql } from "drizzle-orm";
import type { Ctx } from "../platform/context";
import { getDb, type Tx } from "./client";

/**
 * Runs `fn` in a transaction as the non-owner role `crm_app` with `app.org_id` set, so row-level
 * security hides every other organization's rows even from a query that forgets its org filter.
 * Inside `fn` use only `tx`: PGlite has a single connection, so a query on the global db would wait
 * for this transaction to end.
 */
export async function withOrg<T>(ctx: Pick<Ctx, "orgId">, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    // One round trip: `set_config('role', …, true)` is `SET LOCAL ROLE`.
    await tx.execute(
      sql`select set_config('app.org_id', ${ctx.orgId}, true), set_config('role', 'crm_app', true)`,
    );
    return fn(tx);
  });
}
