// How the history names and shows each field of a record (no server imports: used by the client list).
import type { HistoryObject } from "./history-types";

/** Fields whose values are ids of other records or members: the server resolves them to names. */
export const REFERENCE_FIELDS = {
  companyId: "companies",
  convertedCompanyId: "companies",
  contactId: "contacts",
  primaryContactId: "contacts",
  convertedContactId: "contacts",
  contactIds: "contacts",
  dealId: "deals",
  convertedDealId: "deals",
  ownerId: "members",
  stageId: "stages",
  pipelineId: "pipelines",
} as const;
export type ReferenceKind = (typeof REFERENCE_FIELDS)[keyof typeof REFERENCE_FIELDS];

export const referenceKindOf = (field: string): ReferenceKind | undefined =>
  (REFERENCE_FIELDS as Record<string, ReferenceKind>)[field];

/** Message key prefixes that name enum values, per object and field. */
export function enumPrefix(object: HistoryObject, field: string): string | undefined {
  if (field === "leadStatus") return "contacts.status.";
  if (field === "sizeBand") return "companies.size.";
  if (field === "outcome") return "deals.outcome.";
  if (field === "priority") return "tasks.priority.";
  if (field === "status") return object === "leads" ? "leads.status." : "tasks.status.";
  return undefined;
}

/** The label key of a field under `history.fields`; a contact's title is a job title, a task's owner its assignee. */
export function fieldLabelKey(object: HistoryObject, field: string): string {
  if (object === "contacts" && field === "title") return "jobTitle";
  if (object === "tasks" && field === "ownerId") return "assignee";
  return field;
}

export const DATE_TIME_FIELDS = new Set(["dueAt", "completedAt", "convertedAt"]);
export const MONEY_FIELDS = new Set(["value", "annualRevenue"]);
