// Placeholder while the pipeline board loads
export { BoardLoading as default } from "@/features/deals/board/board-loading";
