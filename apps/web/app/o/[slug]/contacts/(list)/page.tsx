// /o/[slug]/contacts – contacts list (search, filters, sort, columns and paging in the URL)
export { ContactsListPage as default, generateMetadata } from "@/features/contacts/contacts-list-page";
