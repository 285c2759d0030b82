// /o/[slug]/settings/api-keys – create and revoke API keys (admins)
export { ApiKeysPage as default, generateMetadata } from "@/features/settings/api-keys-page";
