// /o/[slug]/settings/custom-fields – custom field definitions per record type (admins change them)
export { CustomFieldsPage as default, generateMetadata } from "@/features/custom-fields/custom-fields-page";
