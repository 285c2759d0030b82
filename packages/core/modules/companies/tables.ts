import { bigint, index, jsonb, pgTable, text } from "drizzle-orm/pg-core";
import { recordColumns } from "../records/columns";
import type { SizeBand } from "../records/enums";

export type Address = {
  street?: string;
  city?: string;
  region?: string;
  postalCode?: string;
  country?: string;
};

export const companies = pgTable(
  "companies",
  {
    ...recordColumns(),
    name: text("name").notNull(),
    domain: text("domain"),
    website: text("website"),
    industry: text("industry"),
    sizeBand: text("size_band").$type<SizeBand>(),
    annualRevenue: bigint("annual_revenue", { mode: "number" }),
    annualRevenueCurrency: text("annual_revenue_currency"),
    phone: text("phone"),
    address: jsonb("address").$type<Address>(),
  },
  (t) => [
    index("companies_org_updated_idx").on(t.orgId, t.updatedAt, t.id),
    index("companies_org_name_idx").on(t.orgId, t.name, t.id),
    index("companies_org_domain_idx").on(t.orgId, t.domain),
    index("companies_org_owner_idx").on(t.orgId, t.ownerId),
    index("companies_tags_idx").using("gin", t.tags),
  ],
);

export type Company = typeof companies.$inferSelect;
