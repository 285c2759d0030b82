// Placeholder while My day loads
export { RecordListLoading as default } from "@/features/records/record-list-loading";
