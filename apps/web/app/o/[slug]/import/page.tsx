// /o/[slug]/import – upload a CSV or XLSX file to import, and the latest imports
export { generateMetadata, ImportsPage as default } from "@/features/imports/imports-page";
