import type { Metadata } from "next";
import { ProfileForm } from "@/components/residents/profile-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { saveOwnProfile } from "@/lib/residents/actions";
import { getProfile } from "@/lib/residents/queries";

export const metadata: Metadata = { title: "Mijn gegevens" };

export default async function MyProfilePage() {
  const actor = await requireUser("/mijn/profiel");
  const profile = await getProfile(actor.userId);
  if (!profile) return null;
  return (
    <div className="max-w-2xl">
      <PageHeader title="Mijn gegevens" intro={`Je bent aangemeld als ${profile.email}.`} />
      <ProfileForm profile={profile} action={saveOwnProfile} />
    </div>
  );
}
