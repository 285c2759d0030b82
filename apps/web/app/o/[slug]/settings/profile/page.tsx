// /o/[slug]/settings/profile – your name, language and password
export { generateMetadata, ProfilePage as default } from "@/features/settings/profile-page";
