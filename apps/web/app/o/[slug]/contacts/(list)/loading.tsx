// Placeholder while the contacts list loads (not above [id], whose page may be a 404)
export { RecordListLoading as default } from "@/features/records/record-list-loading";
