// /o/[slug]/deals/board – pipeline board: a column per stage, drag and drop between stages
export { BoardPage as default, generateMetadata } from "@/features/deals/board/board-page";
