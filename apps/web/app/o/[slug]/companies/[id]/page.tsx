// /o/[slug]/companies/[id] – one company: fields edited in place, people, deals, tasks, timeline (404 when not visible)
export { CompanyDetailPage as default, generateMetadata } from "@/features/companies/company-detail-page";
