// /o/[slug]/settings/pipelines – pipelines and their stages (admins and managers change them)
export { generateMetadata, PipelinesPage as default } from "@/features/pipeline-settings/pipelines-page";
