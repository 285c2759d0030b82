// /o/[slug]/settings/audit-log – who changed what, newest first (admins and managers)
export { AuditLogPage as default, generateMetadata } from "@/features/settings/audit-log-page";
