// /o/[slug]/duplicates – likely duplicate contacts and companies, to dismiss or merge
export { DuplicatesPage as default, generateMetadata } from "@/features/duplicates/duplicates-page";
