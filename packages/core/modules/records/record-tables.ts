import { type SQL, sql } from "drizzle-orm";
import { activities } from "../activities/tables";
import { companies } from "../companies/tables";
import { contactNameSql } from "../contacts/contact-name";
import { contacts } from "../contacts/tables";
import { deals } from "../deals/tables";
import { leads } from "../leads/tables";
import { tasks } from "../tasks/tables";
import type { RecordObject } from "./enums";

// The record-type registry, part 2 of 3 (part 1: record-type-info.ts): each record type's table
// and display name. It imports tables only, so any module may use it (list specs, search sources,
// the board, exports) without an import cycle; the features that need a type's list spec, search
// source, export columns or merge rules read part 3, record-types.ts.

export const RECORD_TABLES = {
  contacts,
  companies,
  leads,
  deals,
  tasks,
  activities,
} as const satisfies Record<RecordObject, unknown>;
export type RecordTables = typeof RECORD_TABLES;

/** How a record of each type is named wherever it is shown or linked (lists, trash, search, exports). */
export const DISPLAY_NAMES: Record<RecordObject, SQL<string>> = {
  contacts: contactNameSql(contacts.firstName, contacts.lastName),
  companies: sql<string>`${companies.name}`,
  leads: sql<string>`${leads.name}`,
  deals: sql<string>`${deals.title}`,
  tasks: sql<string>`${tasks.title}`,
  activities: sql<string>`${activities.subject}`,
};
