import type { PgTable } from "drizzle-orm/pg-core";
import { activities } from "../activities/tables";
import { companies } from "../companies/tables";
import { contacts } from "../contacts/tables";
import { deals } from "../deals/tables";
import { leads } from "../leads/tables";
import { tasks } from "../tasks/tables";
import { type ExportSpec, field, recordColumns, ref, timestamp } from "./export-spec";
import { type ExportRow, rowReader } from "./read-rows";
import { htmlToText, joinList, toMajorUnits } from "./values";

// The columns each record list exports. Ids match the list pages' column ids where they overlap,
// so "export what I see" passes the page's `cols` through.

type Row<T extends PgTable> = ExportRow<T["$inferSelect"]>;

export const contactExport: ExportSpec<Row<typeof contacts>> = {
  // The list's name column shows the email under the name: "export what I see" keeps it.
  aliases: { name: ["firstName", "lastName", "email"] },
  columns: [
    field("id", "ID", (r) => r.id),
    field("firstName", "First name", (r) => r.firstName),
    field("lastName", "Last name", (r) => r.lastName),
    field("email", "Email", (r) => r.email),
    field("emails", "Other emails", (r) => joinList(r.emails)),
    field("phones", "Phones", (r) => joinList(r.phones.map((p) => `${p.label}: ${p.number}`))),
    field("title", "Title", (r) => r.title),
    ref("company", "Company", "companies", contacts.companyId),
    field("leadStatus", "Lead status", (r) => r.leadStatus),
    field("leadScore", "Lead score", (r) => r.leadScore),
    field("source", "Source", (r) => r.source),
    field("doNotContact", "Do not contact", (r) => r.doNotContact),
    ...recordColumns(contacts.ownerId),
  ],
  read: rowReader(contacts),
};

export const companyExport: ExportSpec<Row<typeof companies>> = {
  aliases: { annualRevenue: ["annualRevenue", "annualRevenueCurrency"] },
  columns: [
    field("id", "ID", (r) => r.id),
    field("name", "Name", (r) => r.name),
    field("domain", "Domain", (r) => r.domain),
    field("website", "Website", (r) => r.website),
    field("industry", "Industry", (r) => r.industry),
    field("sizeBand", "Size", (r) => r.sizeBand),
    field("annualRevenue", "Annual revenue", (r) => toMajorUnits(r.annualRevenue, r.annualRevenueCurrency)),
    field("annualRevenueCurrency", "Revenue currency", (r) => r.annualRevenueCurrency),
    field("phone", "Phone", (r) => r.phone),
    field("street", "Street", (r) => r.address?.street),
    field("city", "City", (r) => r.address?.city),
    field("region", "Region", (r) => r.address?.region),
    field("postalCode", "Postal code", (r) => r.address?.postalCode),
    field("country", "Country", (r) => r.address?.country),
    ...recordColumns(companies.ownerId),
  ],
  read: rowReader(companies),
};

export const leadExport: ExportSpec<Row<typeof leads>> = {
  aliases: { name: ["name", "email"] },
  columns: [
    field("id", "ID", (r) => r.id),
    field("name", "Name", (r) => r.name),
    field("email", "Email", (r) => r.email),
    field("phone", "Phone", (r) => r.phone),
    field("companyName", "Company", (r) => r.companyName),
    field("source", "Source", (r) => r.source),
    field("status", "Status", (r) => r.status),
    timestamp("convertedAt", "Converted at", (r) => r.convertedAt),
    ...recordColumns(leads.ownerId),
  ],
  read: rowReader(leads),
};

export const dealExport: ExportSpec<Row<typeof deals>> = {
  aliases: { value: ["value", "currency"], stage: ["pipeline", "stage"] },
  columns: [
    field("id", "ID", (r) => r.id),
    field("title", "Title", (r) => r.title),
    field("value", "Value", (r) => toMajorUnits(r.value, r.currency)),
    field("currency", "Currency", (r) => r.currency),
    ref("pipeline", "Pipeline", "pipelines", deals.pipelineId),
    ref("stage", "Stage", "stages", deals.stageId),
    field("probability", "Probability (%)", (r) => r.probability),
    field("expectedCloseDate", "Expected close date", (r) => r.expectedCloseDate),
    field("actualCloseDate", "Actual close date", (r) => r.actualCloseDate),
    field("outcome", "Outcome", (r) => r.outcome),
    field("lostReason", "Lost reason", (r) => r.lostReason),
    ref("company", "Company", "companies", deals.companyId),
    ref("contact", "Primary contact", "contacts", deals.primaryContactId),
    ...recordColumns(deals.ownerId),
  ],
  read: rowReader(deals),
};

export const taskExport: ExportSpec<Row<typeof tasks>> = {
  aliases: { related: ["contact", "company", "deal"] },
  columns: [
    field("id", "ID", (r) => r.id),
    field("title", "Title", (r) => r.title),
    field("notes", "Notes", (r) => r.notes),
    timestamp("dueAt", "Due at", (r) => r.dueAt),
    field("priority", "Priority", (r) => r.priority),
    field("status", "Status", (r) => r.status),
    timestamp("completedAt", "Completed at", (r) => r.completedAt),
    ref("contact", "Contact", "contacts", tasks.contactId),
    ref("company", "Company", "companies", tasks.companyId),
    ref("deal", "Deal", "deals", tasks.dealId),
    ...recordColumns(tasks.ownerId, "Assignee"),
  ],
  read: rowReader(tasks),
};

export const activityExport: ExportSpec<Row<typeof activities>> = {
  columns: [
    field("id", "ID", (r) => r.id),
    field("type", "Type", (r) => r.type),
    field("subject", "Subject", (r) => r.subject),
    field("body", "Body", (r) => htmlToText(r.body)),
    field("direction", "Direction", (r) => r.direction),
    field("durationMinutes", "Duration (minutes)", (r) => r.durationMinutes),
    field("callOutcome", "Call outcome", (r) => r.callOutcome),
    timestamp("occurredAt", "Occurred at", (r) => r.occurredAt),
    ref("contact", "Contact", "contacts", activities.contactId),
    ref("company", "Company", "companies", activities.companyId),
    ref("deal", "Deal", "deals", activities.dealId),
    ...recordColumns(activities.ownerId),
  ],
  read: rowReader(activities),
};
