// Every table, for Drizzle's query builder and drizzle-kit. One file per aggregate lives in its module.
export * from "../modules/api-keys/tables";
export * from "../modules/audit/tables";
export * from "../modules/auth/tables";
export * from "../modules/mail/tables";
export * from "../modules/orgs/tables";
export * from "../platform/rate-limit/tables";
