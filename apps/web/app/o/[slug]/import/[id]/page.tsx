// /o/[slug]/import/[id] – map a draft import's columns and preview it, or follow a running one
export { generateMetadata, ImportPage as default } from "@/features/imports/import-page";
