import { sql } from "drizzle-orm";
import { getDatabaseHandle } from "../../db/client";
import { APP_VERSION } from "../../platform/version";

export type Health = { status: "ok" | "error"; database: "pglite" | "postgres"; version: string };

export async function getHealth(): Promise<Health> {
  const handle = await getDatabaseHandle();
  await handle.db.execute(sql`select 1`);
  return { status: "ok", database: handle.kind, version: APP_VERSION };
}
