// /o/[slug]/settings/trash – deleted records: restore (writers), delete forever (admins)
export { generateMetadata, TrashPage as default } from "@/features/trash/trash-page";
