import { eq, sql } from "drizzle-orm";
import { getDb } from "../../db/client";
import { users } from "./tables";

export async function userExistsWithEmail(email: string): Promise<boolean> {
  const db = await getDb();
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()));
  return Boolean(row);
}
