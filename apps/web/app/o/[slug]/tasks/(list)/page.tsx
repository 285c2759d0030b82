// /o/[slug]/tasks – tasks list (search, filters, sort, columns and paging in the URL)
export { generateMetadata, TasksListPage as default } from "@/features/tasks/tasks-list-page";
