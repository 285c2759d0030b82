// /o/[slug]/leads/[id] – one lead: fields edited in place, convert to contact/company/deal (404 when not visible)
export { generateMetadata, LeadDetailPage as default } from "@/features/leads/lead-detail-page";
