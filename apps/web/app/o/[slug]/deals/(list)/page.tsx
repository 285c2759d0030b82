// /o/[slug]/deals – deals list (search, filters, sort, columns and paging in the URL)
export { DealsListPage as default, generateMetadata } from "@/features/deals/deals-list-page";
