// /o/[slug]/leads – leads list (search, filters, sort, columns and paging in the URL)
export { generateMetadata, LeadsListPage as default } from "@/features/leads/leads-list-page";
