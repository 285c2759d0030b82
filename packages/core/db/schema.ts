// Every table, for Drizzle's query builder and drizzle-kit. One file per aggregate lives in its module.
export * from "../modules/activities/tables";
export * from "../modules/api-keys/tables";
export * from "../modules/audit/tables";
export * from "../modules/auth/tables";
export * from "../modules/companies/tables";
export * from "../modules/contacts/tables";
export * from "../modules/custom-fields/tables";
export * from "../modules/deals/tables";
export * from "../modules/duplicates/tables";
export * from "../modules/leads/tables";
export * from "../modules/mail/tables";
export * from "../modules/notifications/tables";
export * from "../modules/orgs/tables";
export * from "../modules/records/shares-table";
export * from "../modules/tasks/tables";
export * from "../modules/views/tables";
export * from "../platform/rate-limit/tables";
