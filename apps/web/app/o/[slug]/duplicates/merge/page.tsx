// /o/[slug]/duplicates/merge?object=&ids=a,b – choose the survivor and each field's value, then merge
export { generateMetadata, MergePage as default } from "@/features/duplicates/merge-page";
