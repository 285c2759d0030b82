// /o/[slug]/settings/members – members and invitations
export { generateMetadata, MembersPage as default } from "@/features/settings/members-page";
