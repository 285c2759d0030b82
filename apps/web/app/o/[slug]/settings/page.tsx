// /o/[slug]/settings – no page of its own: the profile is the first settings page
import { redirect } from "next/navigation";

export default async function SettingsIndex({ params }: { params: Promise<{ slug: string }> }) {
  redirect(`/o/${(await params).slug}/settings/profile`);
}
