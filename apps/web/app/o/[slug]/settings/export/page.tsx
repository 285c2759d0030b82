// /o/[slug]/settings/export – download the whole organization as a ZIP of CSVs (admins)
export { generateMetadata, OrgExportPage as default } from "@/features/exports/org-export-page";
