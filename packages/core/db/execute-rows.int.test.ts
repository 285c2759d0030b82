import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createContact } from "../modules/contacts/create-contact";
import { createTestOrg } from "../test/factories";
import { useTestDatabase } from "../test/test-database";
import { executeRows } from "./execute-rows";
import { withOrg } from "./tenant";

// Raw SQL used to be read through `as unknown as { rows }` casts; the one helper must give the rows on
// both drivers (this file runs on PGlite and, with TEST_DATABASE_URL, on node-postgres).
const database = useTestDatabase();

describe("executeRows", () => {
  it("returns every row a statement selects, in order, on the database handle", async () => {
    const rows = await executeRows<{ n: number; word: string }>(
      database.handle.db,
      sql`select n, 'w' || n as word from generate_series(1, 3) as n order by n`,
    );
    expect(rows).toEqual([
      { n: 1, word: "w1" },
      { n: 2, word: "w2" },
      { n: 3, word: "w3" },
    ]);
  });

  it("reads inside a tenant transaction and answers an empty list when nothing matches", async () => {
    const org = await createTestOrg("Rows");
    const contact = await createContact(org.ctx, { firstName: "Ada" });
    const [own, none] = await withOrg(org.ctx, async (tx) => [
      await executeRows<{ id: string; first_name: string }>(tx, sql`select id, first_name from contacts`),
      await executeRows(tx, sql`select id from contacts where first_name = 'Nobody'`),
    ]);
    expect(own).toEqual([{ id: contact.id, first_name: "Ada" }]);
    expect(none).toEqual([]);
  });
});
