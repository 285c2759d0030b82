// /o/[slug]/companies – companies list (search, filters, sort, columns and paging in the URL)
export { CompaniesListPage as default, generateMetadata } from "@/features/companies/companies-list-page";
