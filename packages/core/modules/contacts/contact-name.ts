import { type SQL, type SQLWrapper, sql } from "drizzle-orm";

// A contact's display name, spelled here and nowhere else: first and last name with one space,
// spaces at either end trimmed ("Ada Lovelace", "Ada" without a last name). The SQL and the
// TypeScript forms give the same text (contact-name.int.test.ts). No database import, so the UI
// may use it; a guard test (display-name-spelling.test.ts) fails on a second spelling.

type ContactNameParts = { firstName: string; lastName: string };

/** The display name of a contact in hand (a row, a form's values, a record about to be created). */
export const contactName = (c: ContactNameParts): string =>
  `${c.firstName} ${c.lastName}`.replace(/^ +| +$/g, "");

/** The same in SQL, over the given first and last name columns (btrim trims spaces only, like the above). */
export const contactNameSql = (firstName: SQLWrapper, lastName: SQLWrapper): SQL<string> =>
  sql<string>`btrim(${firstName} || ' ' || ${lastName})`;
