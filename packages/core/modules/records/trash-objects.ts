import { type SQL, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { companies } from "../companies/tables";
import { contacts } from "../contacts/tables";
import { deals } from "../deals/tables";
import { leads } from "../leads/tables";
import { tasks } from "../tasks/tables";
import type { RecordTable } from "./visibility";

// The record types the trash screen lists (activities live on their records' timelines).
export const TRASH_OBJECTS = ["companies", "contacts", "leads", "deals", "tasks"] as const;
export type TrashObject = (typeof TRASH_OBJECTS)[number];

type TrashTable = PgTable & RecordTable;

export const TRASH_TABLES: Record<TrashObject, { table: TrashTable; label: SQL<string> }> = {
  companies: { table: companies, label: sql<string>`${companies.name}` },
  contacts: {
    table: contacts,
    label: sql<string>`trim(${contacts.firstName} || ' ' || ${contacts.lastName})`,
  },
  leads: { table: leads, label: sql<string>`${leads.name}` },
  deals: { table: deals, label: sql<string>`${deals.title}` },
  tasks: { table: tasks, label: sql<string>`${tasks.title}` },
};
