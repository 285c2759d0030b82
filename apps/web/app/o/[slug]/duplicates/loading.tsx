// Placeholder while the duplicate scan runs
export { RecordListLoading as default } from "@/features/records/record-list-loading";
