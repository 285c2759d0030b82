// /o/[slug]/tasks/[id] – one task (reminder notifications link here; 404 when not visible)
export { generateMetadata, TaskDetailPage as default } from "@/features/tasks/task-detail-page";
