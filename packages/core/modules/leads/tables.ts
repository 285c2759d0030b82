import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { companies } from "../companies/tables";
import { contacts } from "../contacts/tables";
import { deals } from "../deals/tables";
import { recordColumns } from "../records/columns";
import type { LeadStage } from "../records/enums";

export const leads = pgTable(
  "leads",
  {
    ...recordColumns(),
    name: text("name").notNull(),
    email: text("email"),
    phone: text("phone"),
    companyName: text("company_name"),
    source: text("source"),
    status: text("status").$type<LeadStage>().notNull().default("new"),
    convertedContactId: uuid("converted_contact_id").references(() => contacts.id, { onDelete: "set null" }),
    convertedCompanyId: uuid("converted_company_id").references(() => companies.id, { onDelete: "set null" }),
    convertedDealId: uuid("converted_deal_id").references(() => deals.id, { onDelete: "set null" }),
    convertedAt: timestamp("converted_at", { withTimezone: true }),
  },
  (t) => [
    index("leads_org_updated_idx").on(t.orgId, t.updatedAt, t.id),
    index("leads_org_owner_status_idx").on(t.orgId, t.ownerId, t.status),
    index("leads_org_email_idx").on(t.orgId, t.email),
    index("leads_tags_idx").using("gin", t.tags),
  ],
);

export type Lead = typeof leads.$inferSelect;
