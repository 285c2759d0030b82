// /o/[slug]/settings/dev-mailbox – outgoing mail kept while SMTP is not configured (admins)
export { DevMailboxPage as default, generateMetadata } from "@/features/settings/dev-mailbox-page";
