import { AsyncLocalStorage } from "node:async_hooks";
import { sql } from "drizzle-orm";
import type { Ctx } from "../platform/context";
import { getDatabaseHandle, type Tx } from "./client";

// The org transaction the current call runs in, so use cases compose: one called inside another's
// `withOrg` (for the same org) joins that transaction instead of opening a second one.
const openTransaction = new AsyncLocalStorage<{ orgId: string; tx: Tx }>();

/**
 * Runs `fn` in a transaction as the non-owner role `crm_app` with `app.org_id` set, so row-level
 * security hides every other organization's rows even from a query that forgets its org filter.
 * Inside `fn` use only `tx`: PGlite has a single connection, so a query on the global db would wait
 * for this transaction to end. Called inside another `withOrg` of the same org, `fn` runs in that
 * transaction: a composite use case reads and writes in one transaction, and fails as one.
 */
export async function withOrg<T>(ctx: Pick<Ctx, "orgId">, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const outer = openTransaction.getStore();
  if (outer && outer.orgId === ctx.orgId) return fn(outer.tx);
  const handle = await getDatabaseHandle();
  const run = (tx: Tx) => openTransaction.run({ orgId: ctx.orgId, tx }, () => fn(tx));
  const opened = await handle.orgTransaction?.(ctx.orgId, run);
  if (opened) return opened.value;
  return handle.db.transaction(async (tx) => {
    // One round trip: `set_config('role', …, true)` is `SET LOCAL ROLE`.
    await tx.execute(
      sql`select set_config('app.org_id', ${ctx.orgId}, true), set_config('role', 'crm_app', true)`,
    );
    return run(tx);
  });
}

/**
 * Runs `fn` in a savepoint of the open org transaction: when it fails, only its own writes are
 * undone and the transaction goes on (one failed record of a bulk change does not undo the others).
 */
export async function inSavepoint<T>(fn: () => Promise<T>): Promise<T> {
  const outer = openTransaction.getStore();
  if (!outer) throw new Error("inSavepoint needs an open withOrg transaction");
  return outer.tx.transaction((savepoint) =>
    openTransaction.run({ orgId: outer.orgId, tx: savepoint as Tx }, fn),
  );
}
