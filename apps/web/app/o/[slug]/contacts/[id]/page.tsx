// /o/[slug]/contacts/[id] – one contact: fields edited in place, deals, tasks, timeline (404 when not visible)
export { ContactDetailPage as default, generateMetadata } from "@/features/contacts/contact-detail-page";
