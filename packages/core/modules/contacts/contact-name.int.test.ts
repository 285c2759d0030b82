import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/test-database";
import { contactName, contactNameSql } from "./contact-name";

const database = useTestDatabase();

// Names whose ends differ in the ways the two forms could disagree: empty parts, inner and outer
// spaces, a tab (btrim leaves it, so the TypeScript form must too), letters beyond ASCII.
const CASES: [string, string][] = [
  ["Ada", "Lovelace"],
  ["Solo", ""],
  ["", "Only"],
  ["", ""],
  ["  Ada ", "  "],
  ["Mary Ann", "van der Berg "],
  ["Ada", "Tab\t"],
  ["\tAda", "Lovelace"],
  ["Zoë", "Ñúñez"],
];

describe("contactName", () => {
  it("joins first and last name with one space and trims spaces at the ends", () => {
    expect(contactName({ firstName: "Ada", lastName: "Lovelace" })).toBe("Ada Lovelace");
    expect(contactName({ firstName: "Solo", lastName: "" })).toBe("Solo");
    expect(contactName({ firstName: "", lastName: "Only" })).toBe("Only");
    expect(contactName({ firstName: " Ada", lastName: "" })).toBe("Ada");
  });

  it("gives the same text in SQL as in TypeScript", async () => {
    for (const [firstName, lastName] of CASES) {
      const name = contactNameSql(sql`${firstName}::text`, sql`${lastName}::text`);
      const { rows } = await database.handle.db.execute<{ name: string }>(sql`select ${name} as name`);
      expect(rows[0]?.name, JSON.stringify([firstName, lastName])).toBe(contactName({ firstName, lastName }));
    }
  });
});
