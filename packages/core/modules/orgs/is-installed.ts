import { getDb } from "../../db/client";
import { users } from "../auth/tables";

/** A fresh install has no user yet; its first visit goes to the setup page. */
export async function isInstalled(): Promise<boolean> {
  const db = await getDb();
  const [row] = await db.select({ id: users.id }).from(users).limit(1);
  return Boolean(row);
}
