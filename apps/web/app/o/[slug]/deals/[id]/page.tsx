// /o/[slug]/deals/[id] – one deal: stage, value and links edited in place, won/lost, tasks, timeline (404 when not visible)
export { DealDetailPage as default, generateMetadata } from "@/features/deals/deal-detail-page";
