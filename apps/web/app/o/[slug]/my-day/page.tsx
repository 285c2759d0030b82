// /o/[slug]/my-day – the signed-in user's tasks due today or overdue, deals closing this month, recent activity
export { generateMetadata, MyDayPage as default } from "@/features/my-day/my-day-page";
