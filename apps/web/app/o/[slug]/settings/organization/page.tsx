// /o/[slug]/settings/organization – organization name, default currency and time zone
export { generateMetadata, OrganizationPage as default } from "@/features/settings/organization-page";
